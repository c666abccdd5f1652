package ru.nko.platform.actionplans;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.problems.ProblemManagement;
import ru.nko.platform.problems.ProblemRef;
import ru.nko.platform.problems.ProblemStatus;
import ru.nko.platform.shared.files.FileStorage;
import ru.nko.platform.shared.files.UploadInspector;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Duplicates;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.NotFound;

/**
 * Municipal action plans (measure 1.2): a plan a year per municipality whose items
 * resolve accepted problems. Plans are public; their officers (and administrators) keep
 * them, approve them and add progress notes, whose evidence files only staff see. Linking
 * an item to a problem puts the problem "in the plan"; completing the item may resolve
 * its problems.
 */
@Service
class ActionPlans {

	static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

	private final ActionPlanRepository plans;

	private final ActionPlanItemRepository items;

	private final ActionPlanProgressRepository progress;

	private final ProblemManagement problems;

	private final DirectoryManagement directory;

	private final UploadInspector inspector;

	private final FileStorage storage;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ActionPlans(ActionPlanRepository plans, ActionPlanItemRepository items, ActionPlanProgressRepository progress,
			ProblemManagement problems, DirectoryManagement directory, UploadInspector inspector, FileStorage storage,
			Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.plans = plans;
		this.items = items;
		this.progress = progress;
		this.problems = problems;
		this.directory = directory;
		this.inspector = inspector;
		this.storage = storage;
		this.clock = clock;
	}

	/** A plan as pages show it. */
	record PlanView(long id, long municipalityId, int year, String title, ActionPlan.Status status,
			LocalDate approvedOn, String approvalNumber, String approvalFileName, String approvedBy) {
	}

	/**
	 * An item with its problems, progress notes (for staff) and whether it is overdue
	 * today.
	 */
	record ItemView(long id, int position, String title, String responsible, LocalDate dueDate,
			ActionPlanItem.Status status, String statusNote, LocalDate doneOn, boolean overdue,
			List<ProblemRef> problems, List<ProgressView> progress) {
	}

	/** A progress note. */
	record ProgressView(long id, String note, String fileName, String author, Instant at) {
	}

	/** Everything the plan page shows. */
	record Page(MunicipalityRef municipality, int year, PlanView plan, List<ItemView> items, Totals totals,
			boolean canManage, List<ProblemRef> plannable) {
	}

	/** Counts of a plan's items. */
	record Totals(long total, long done, long overdue, long cancelled) {

		static final Totals NONE = new Totals(0, 0, 0, 0);

		/** Done among items that were not cancelled, in whole per cent. */
		public int donePercent() {
			long counted = this.total - this.cancelled;
			return counted == 0 ? 0 : (int) (this.done * 100 / counted);
		}
	}

	/** One municipality in the overview of all plans of a year. */
	record OverviewRow(MunicipalityRef municipality, PlanView plan, Totals totals) {
	}

	/** A plan item form, as typed. */
	record ItemForm(String title, String responsible, String dueDate, List<Long> problemIds) {
	}

	/** An approval form, as typed. */
	record ApprovalForm(String approvedOn, String number) {
	}

	/** A stored file to send back. */
	record StoredFile(String fileName, String contentType, byte[] content) {
	}

	@Transactional(readOnly = true)
	public List<OverviewRow> overview(int year) {
		Map<Long, ActionPlan> byMunicipality = this.plans.findByYear(year)
			.stream()
			.collect(Collectors.toMap(ActionPlan::getMunicipalityId, Function.identity()));
		Map<Long, Totals> totals = totals(byMunicipality.values().stream().map(ActionPlan::getId).toList());
		return this.directory.municipalities().stream().map(municipality -> {
			ActionPlan plan = byMunicipality.get(municipality.id());
			return new OverviewRow(municipality, plan == null ? null : view(plan),
					plan == null ? Totals.NONE : totals.getOrDefault(plan.getId(), Totals.NONE));
		}).toList();
	}

	@Transactional(readOnly = true)
	public Page page(long municipalityId, int year) {
		MunicipalityRef municipality = municipality(municipalityId);
		boolean manage = ActionPlanAccess.mayManage(municipalityId);
		Optional<ActionPlan> plan = this.plans.findByMunicipalityIdAndYear(municipalityId, year);
		List<ItemView> itemViews = plan.map(p -> itemViews(p, manage)).orElse(List.of());
		LocalDate today = today();
		Totals totals = new Totals(itemViews.size(),
				itemViews.stream().filter(i -> i.status() == ActionPlanItem.Status.DONE).count(),
				itemViews.stream().filter(ItemView::overdue).count(),
				itemViews.stream().filter(i -> i.status() == ActionPlanItem.Status.CANCELLED).count());
		return new Page(municipality, year, plan.map(ActionPlans::view).orElse(null), itemViews, totals, manage,
				manage ? this.problems.plannable(municipalityId) : List.of());
	}

	/** Starts the plan of a year; the title defaults to the usual wording. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public long create(long municipalityId, int year, String title) {
		CurrentUser user = checkManage(municipalityId);
		MunicipalityRef municipality = municipality(municipalityId);
		int thisYear = today().getYear();
		InvalidInput.Errors errors = new InvalidInput.Errors();
		if (year < 2020 || year > thisYear + 1) {
			errors.add(null, "План составляют на текущий или следующий год");
		}
		else if (this.plans.findByMunicipalityIdAndYear(municipalityId, year).isPresent()) {
			errors.add(null, "План на " + year + " год уже есть");
		}
		String typed = errors.optional(title, "title", "Название плана", ActionPlan.TITLE_MAX);
		errors.throwIfAny();
		String name = typed != null ? typed
				: "План мероприятий по решению проблем НКО — " + municipality.name() + ", " + year + " год";
		return Duplicates
			.refused("action_plan_year_uq", null, "План на " + year + " год уже есть",
					() -> this.plans.saveAndFlush(
							new ActionPlan(municipalityId, year, name, user.fullName(), this.clock.instant())))
			.getId();
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public long addItem(long planId, ItemForm form) {
		ActionPlan plan = plan(planId);
		CurrentUser user = checkManage(plan.getMunicipalityId());
		Valid valid = validate(plan, form, Set.of());
		ActionPlanItem item = this.items
			.save(new ActionPlanItem(planId, this.items.maxPosition(planId) + 1, valid.title(), valid.responsible(),
					valid.dueDate(), valid.problemIds(), user.fullName(), this.clock.instant()));
		valid.problemIds().forEach(problemId -> this.problems.includeInPlan(problemId, user.fullName()));
		return item.getId();
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void reviseItem(long itemId, ItemForm form) {
		ActionPlanItem item = item(itemId);
		ActionPlan plan = plan(item.getPlanId());
		CurrentUser user = checkManage(plan.getMunicipalityId());
		if (!item.getStatus().open()) {
			throw new InvalidInput("title", "Выполненное или отменённое мероприятие не изменяют");
		}
		Valid valid = validate(plan, form, item.getProblemIds());
		Set<Long> added = new LinkedHashSet<>(valid.problemIds());
		added.removeAll(item.getProblemIds());
		item.revise(valid.title(), valid.responsible(), valid.dueDate(), valid.problemIds());
		added.forEach(problemId -> this.problems.includeInPlan(problemId, user.fullName()));
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void start(long itemId) {
		ActionPlanItem item = item(itemId);
		checkManage(plan(item.getPlanId()).getMunicipalityId());
		guard(item::start);
	}

	/**
	 * Where an item stands (no scope check: the status of a plan item is public, as the
	 * plan is).
	 */
	@Transactional(readOnly = true)
	public ActionPlanItem.Status itemStatus(long itemId) {
		return item(itemId).getStatus();
	}

	/**
	 * Marks the item done; with {@code resolveProblems} its problems still in the plan
	 * become resolved.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void complete(long itemId, String note, boolean resolveProblems) {
		ActionPlanItem item = item(itemId);
		CurrentUser user = checkManage(plan(item.getPlanId()).getMunicipalityId());
		InvalidInput.Errors errors = new InvalidInput.Errors();
		String text = errors.optional(note, "completeNote", "Что сделано", ActionPlanItem.STATUS_NOTE_MAX);
		errors.throwIfAny();
		guard(() -> item.complete(today(), text));
		if (resolveProblems) {
			String resolution = "Решена мероприятием плана: " + item.getTitle() + (text == null ? "" : ". " + text);
			this.problems.refs(item.getProblemIds())
				.stream()
				.filter(problem -> problem.status() == ProblemStatus.IN_PLAN)
				.forEach(problem -> this.problems.resolveByPlan(problem.id(), user.fullName(), resolution));
		}
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void cancel(long itemId, String reason) {
		ActionPlanItem item = item(itemId);
		checkManage(plan(item.getPlanId()).getMunicipalityId());
		InvalidInput.Errors errors = new InvalidInput.Errors();
		String text = errors.required(reason, "reason", "Причина отмены", "Укажите, почему мероприятие отменено",
				ActionPlanItem.STATUS_NOTE_MAX);
		errors.throwIfAny();
		guard(() -> item.cancel(text));
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void addProgress(long itemId, String note, String fileName, byte[] file) {
		ActionPlanItem item = item(itemId);
		CurrentUser user = checkManage(plan(item.getPlanId()).getMunicipalityId());
		InvalidInput.Errors errors = new InvalidInput.Errors();
		String text = errors.required(note, "note", "Что сделано", "Опишите, что сделано", ActionPlanProgress.NOTE_MAX);
		UploadInspector.Inspected inspected = null;
		if (file != null && file.length > 0) {
			try {
				inspected = this.inspector.inspect(fileName, file, UploadInspector.EVIDENCE_TYPES, MAX_FILE_BYTES);
			}
			catch (UploadInspector.RejectedUpload rejected) {
				errors.add("file", rejected.getMessage());
			}
		}
		errors.throwIfAny();
		String key = inspected == null ? null : this.storage.store("plans", file);
		this.progress.save(new ActionPlanProgress(itemId, text, inspected == null ? null : inspected.fileName(),
				inspected == null ? null : inspected.contentType(), inspected == null ? null : inspected.size(), key,
				user.fullName(), this.clock.instant()));
	}

	/** Approval of the whole plan by an act, with the act's file. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void approve(long planId, ApprovalForm form, String fileName, byte[] file) {
		ActionPlan plan = plan(planId);
		CurrentUser user = checkManage(plan.getMunicipalityId());
		InvalidInput.Errors errors = new InvalidInput.Errors();
		LocalDate on = errors.date(form.approvedOn(), "approvedOn", "Укажите дату утверждения", "15.02.2026");
		if (on != null && on.isAfter(today())) {
			errors.add("approvedOn", "Дата утверждения не может быть позже сегодняшней");
		}
		String number = errors.required(form.number(), "number", "Номер документа",
				"Укажите номер документа об утверждении", ActionPlan.APPROVAL_NUMBER_MAX);
		if (this.items.findByPlanIdOrderByPositionAscIdAsc(planId).isEmpty()) {
			errors.add("number", "В плане нет ни одного мероприятия — добавьте их до утверждения");
		}
		UploadInspector.Inspected inspected = null;
		if (file == null || file.length == 0) {
			errors.add("file", "Приложите файл документа об утверждении");
		}
		else {
			try {
				inspected = this.inspector.inspect(fileName, file, UploadInspector.EVIDENCE_TYPES, MAX_FILE_BYTES);
			}
			catch (UploadInspector.RejectedUpload rejected) {
				errors.add("file", rejected.getMessage());
			}
		}
		errors.throwIfAny();
		String key = this.storage.store("plans", file);
		plan.approve(on, number, inspected.fileName(), inspected.contentType(), key, user.fullName());
		this.events.publishEvent(ActionPlanIndicatorProviders.CHANGED);
	}

	/** The approval act: public, as the plan is. */
	@Transactional(readOnly = true)
	public StoredFile approvalFile(long planId) {
		ActionPlan plan = plan(planId);
		if (plan.getApprovalFileKey() == null) {
			throw new NotFound("План ещё не утверждён");
		}
		return new StoredFile(plan.getApprovalFileName(), plan.getApprovalFileType(),
				this.storage.read(plan.getApprovalFileKey()));
	}

	/**
	 * Evidence of a progress note: for the municipality's officers and administrators.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public StoredFile progressFile(long progressId) {
		ActionPlanProgress note = this.progress.findById(progressId).orElseThrow(() -> new NotFound("Файл не найден"));
		checkManage(plan(item(note.getItemId()).getPlanId()).getMunicipalityId());
		if (note.getFileKey() == null) {
			throw new NotFound("Файл не найден");
		}
		return new StoredFile(note.getFileName(), note.getFileType(), this.storage.read(note.getFileKey()));
	}

	/**
	 * Open items of a municipality's plans of these years: what a meeting's decision may
	 * advance. No scope check.
	 */
	@Transactional(readOnly = true)
	public List<PlanItemRef> openItems(long municipalityId, Collection<Integer> years) {
		List<PlanItemRef> result = new ArrayList<>();
		for (int year : new TreeSet<>(years)) {
			this.plans.findByMunicipalityIdAndYear(municipalityId, year)
				.ifPresent(plan -> this.items.findByPlanIdOrderByPositionAscIdAsc(plan.getId())
					.stream()
					.filter(item -> item.getStatus().open())
					.forEach(item -> result
						.add(new PlanItemRef(item.getId(), plan.getId(), plan.getYear(), item.getTitle()))));
		}
		return result;
	}

	/** Titles of plan items by id, in one query. No scope check. */
	@Transactional(readOnly = true)
	public Map<Long, String> itemTitles(Collection<Long> itemIds) {
		if (itemIds.isEmpty()) {
			return Map.of();
		}
		return this.items.findAllById(itemIds)
			.stream()
			.collect(Collectors.toMap(ActionPlanItem::getId, ActionPlanItem::getTitle));
	}

	/**
	 * How many municipalities have an approved plan for this year or a later one (an
	 * indicator of 1.2).
	 */
	@Transactional(readOnly = true)
	public long approvedMunicipalities(int year) {
		return this.plans.countMunicipalities(ActionPlan.Status.APPROVED, year);
	}

	/** The plan's id for pages that address an item. */
	@Transactional(readOnly = true)
	public PlanView planOfItem(long itemId) {
		return view(plan(item(itemId).getPlanId()));
	}

	@Transactional(readOnly = true)
	public PlanView planById(long planId) {
		return view(plan(planId));
	}

	private List<ItemView> itemViews(ActionPlan plan, boolean staff) {
		List<ActionPlanItem> list = this.items.findByPlanIdOrderByPositionAscIdAsc(plan.getId());
		Set<Long> problemIds = list.stream().flatMap(item -> item.getProblemIds().stream()).collect(Collectors.toSet());
		Map<Long, ProblemRef> refs = this.problems.refs(problemIds)
			.stream()
			.collect(Collectors.toMap(ProblemRef::id, Function.identity()));
		Map<Long, List<ProgressView>> notes = staff && !list.isEmpty() ? this.progress
			.findByItemIdInOrderByCreatedAtDesc(list.stream().map(ActionPlanItem::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(ActionPlanProgress::getItemId, Collectors.mapping(
					n -> new ProgressView(n.getId(), n.getNote(), n.getFileName(), n.getAuthor(), n.getCreatedAt()),
					Collectors.toList())))
				: Map.of();
		LocalDate today = today();
		return list.stream()
			.map(item -> new ItemView(item.getId(), item.getPosition(), item.getTitle(), item.getResponsible(),
					item.getDueDate(), item.getStatus(), item.getStatusNote(), item.getDoneOn(), item.overdueOn(today),
					item.getProblemIds()
						.stream()
						.map(refs::get)
						.filter(Objects::nonNull)
						.sorted(Comparator.comparing(ProblemRef::id))
						.toList(),
					notes.getOrDefault(item.getId(), List.of())))
			.toList();
	}

	private Map<Long, Totals> totals(Collection<Long> planIds) {
		if (planIds.isEmpty()) {
			return Map.of();
		}
		return this.items
			.totals(planIds, today(), ActionPlanItem.Status.DONE, ActionPlanItem.Status.CANCELLED,
					List.of(ActionPlanItem.Status.PLANNED, ActionPlanItem.Status.IN_PROGRESS))
			.stream()
			.collect(Collectors.toMap(ActionPlanItemRepository.PlanTotals::getPlanId,
					t -> new Totals(t.getTotal(), t.getDone(), t.getOverdue(), t.getCancelled())));
	}

	/** A validated item form. */
	private record Valid(String title, String responsible, LocalDate dueDate, Set<Long> problemIds) {
	}

	private Valid validate(ActionPlan plan, ItemForm form, Set<Long> alreadyLinked) {
		InvalidInput.Errors errors = new InvalidInput.Errors();
		String title = errors.required(form.title(), "title", "Мероприятие", "Укажите, что будет сделано",
				ActionPlanItem.TITLE_MAX);
		String responsible = errors.required(form.responsible(), "responsible", "Ответственный",
				"Укажите ответственного: должность и фамилию или подразделение", ActionPlanItem.RESPONSIBLE_MAX);
		LocalDate due = errors.date(form.dueDate(), "dueDate", "Укажите срок выполнения", "30.06." + plan.getYear());
		if (due != null && (due.getYear() < plan.getYear() || due.getYear() > plan.getYear() + 1)) {
			errors.add("dueDate", "Срок должен приходиться на " + plan.getYear() + " год плана (или следующий)");
		}
		Set<Long> ids = new LinkedHashSet<>(form.problemIds() == null ? List.of() : form.problemIds());
		if (!ids.isEmpty()) {
			Set<Long> allowed = this.problems.plannable(plan.getMunicipalityId())
				.stream()
				.map(ProblemRef::id)
				.collect(Collectors.toSet());
			allowed.addAll(alreadyLinked);
			if (!allowed.containsAll(ids)) {
				errors.add("problemIds",
						"Связать можно только с принятыми проблемами этого муниципального образования");
			}
		}
		errors.throwIfAny();
		return new Valid(title, responsible, due, ids);
	}

	private static void guard(Runnable change) {
		try {
			change.run();
		}
		catch (IllegalStateException | IllegalArgumentException refused) {
			throw new InvalidInput(null, refused.getMessage());
		}
	}

	private ActionPlan plan(long planId) {
		return this.plans.findById(planId).orElseThrow(() -> new NotFound("План не найден"));
	}

	private ActionPlanItem item(long itemId) {
		return this.items.findById(itemId).orElseThrow(() -> new NotFound("Мероприятие плана не найдено"));
	}

	private MunicipalityRef municipality(long municipalityId) {
		return this.directory.municipality(municipalityId)
			.orElseThrow(() -> new NotFound("Муниципальное образование не найдено"));
	}

	private CurrentUser checkManage(long municipalityId) {
		municipality(municipalityId);
		return ActionPlanAccess.checkManage(municipalityId);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static PlanView view(ActionPlan plan) {
		return new PlanView(plan.getId(), plan.getMunicipalityId(), plan.getYear(), plan.getTitle(), plan.getStatus(),
				plan.getApprovedOn(), plan.getApprovalNumber(), plan.getApprovalFileName(), plan.getApprovedBy());
	}

}
