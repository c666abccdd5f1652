package ru.nko.platform.actionplans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.problems.ProblemManagement;
import ru.nko.platform.problems.ProblemRef;
import ru.nko.platform.shared.export.PrintDocument;
import ru.nko.platform.system.DemoData;

/**
 * Action plans of this year in most demo municipalities: items that address their
 * accepted problems, some done, some late, most plans approved by a resolution — and a
 * few municipalities still without a plan; Всеволожский also has last year's plan with a
 * measure left undone.
 */
@Component
@Profile("demo")
class DemoPlans {

	/** Typical measures of a municipal plan, in the words officials use. */
	private static final List<String> MEASURES = List.of(
			"Предоставление НКО помещений муниципальных учреждений культуры в безвозмездное пользование по графику",
			"Проведение районного конкурса субсидий для СО НКО на реализацию социальных проектов",
			"Размещение информации о мерах поддержки НКО на официальном сайте администрации и в группе ВКонтакте",
			"Консультации для НКО по подготовке заявок на гранты с участием ресурсного центра",
			"Организация подвоза добровольцев к местам проведения мероприятий транспортом администрации",
			"Включение представителей НКО в состав общественного совета при администрации");

	private static final List<String> RESPONSIBLE = List.of("Отдел по культуре, спорту и молодёжной политике",
			"Комитет социальной защиты населения", "Пресс-служба администрации",
			"Отдел по взаимодействию с общественными организациями", "Управление делами администрации",
			"Заместитель главы администрации по социальным вопросам");

	private final DirectoryManagement directory;

	private final Clock clock;

	private final ActionPlans plans;

	private final ProblemManagement problems;

	private final ActionPlanRepository repository;

	private final DemoData demo;

	DemoPlans(DirectoryManagement directory, ActionPlans plans, ProblemManagement problems,
			ActionPlanRepository repository, DemoData demo, Clock clock) {
		this.plans = plans;
		this.problems = problems;
		this.repository = repository;
		this.demo = demo;
		this.directory = directory;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(DemoData.ACTION_PLANS)
	void load() {
		this.demo.load("action plans", () -> this.repository.count() == 0, this::create);
	}

	void create() {
		LocalDate today = LocalDate.now(this.clock);
		int year = today.getYear();
		List<MunicipalityRef> municipalities = this.directory.municipalities();
		for (int i = 0; i < municipalities.size(); i++) {
			// a few municipalities have no plan yet, so the overview shows work to do
			if (i % 6 == 5) {
				continue;
			}
			MunicipalityRef municipality = municipalities.get(i);
			long planId = this.plans.create(municipality.id(), year, null);
			List<ProblemRef> problems = this.problems.plannable(municipality.id());
			List<Long> items = new ArrayList<>();
			int count = 3 + i % 3;
			for (int k = 0; k < count; k++) {
				int measure = (i + k) % MEASURES.size();
				List<Long> linked = k < problems.size() ? List.of(problems.get(k).id()) : List.of();
				String title = k < problems.size()
						? "По проблеме «" + problems.get(k).title() + "»: " + lower(MEASURES.get(measure))
						: MEASURES.get(measure);
				LocalDate due = LocalDate.of(year, 3 + (k * 3 + i) % 10, 28 - i % 5);
				items.add(this.plans.addItem(planId,
						new ActionPlans.ItemForm(title.length() > 500 ? title.substring(0, 500) : title,
								RESPONSIBLE.get(measure), due.toString(), linked)));
			}
			// progress: the first item done where its date has passed, the second under
			// way, the rest as planned (some late)
			for (int k = 0; k < items.size(); k++) {
				if (k == 0 && i % 4 != 3) {
					this.plans.start(items.get(k));
					this.plans.addProgress(items.get(k), "Выполнено, информация размещена на сайте администрации", null,
							null);
					this.plans.complete(items.get(k), "Выполнено, информация размещена на сайте администрации", true);
				}
				else if (k == 1) {
					this.plans.start(items.get(k));
					this.plans.addProgress(items.get(k), "Работа начата, согласован график с учреждениями", null, null);
				}
			}
			if (municipality.name().startsWith("Всеволожский")) {
				// last year's plan left a measure undone: the demo officer ("municipal")
				// finds it overdue in their cabinet whatever the day
				long lastYear = this.plans.create(municipality.id(), year - 1, null);
				this.plans.addItem(lastYear,
						new ActionPlans.ItemForm("Издание памятки для НКО о мерах муниципальной поддержки",
								RESPONSIBLE.get(3), LocalDate.of(year - 1, 11, 30).toString(), List.of()));
			}
			if (i % 6 != 4) {
				String number = (40 + i * 3) + "-п";
				LocalDate approvedOn = LocalDate.of(year, 2, 10 + i);
				byte[] act = PrintDocument.titled("Постановление администрации № " + number + " от " + approvedOn)
					.paragraph("Об утверждении плана мероприятий по решению проблем некоммерческих организаций: "
							+ municipality.name())
					.pdf();
				this.plans.approve(planId, new ActionPlans.ApprovalForm(approvedOn.toString(), number),
						"постановление-" + number + ".pdf", act);
			}
		}
	}

	private static String lower(String text) {
		return Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

}
