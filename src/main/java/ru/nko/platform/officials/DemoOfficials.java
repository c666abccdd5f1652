package ru.nko.platform.officials;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.system.DemoData;

/**
 * Responsible officials in most demo municipalities (a few still missing, as in life),
 * with their acts.
 */
@Component
@Profile("demo")
class DemoOfficials {

	private static final byte[] ACT = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
			+ "trailer<</Root 1 0 R>>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	private static final List<String> NAMES = List.of("Андреева Светлана Петровна", "Борисов Алексей Михайлович",
			"Васильева Ирина Николаевна", "Григорьев Павел Андреевич", "Дмитриева Ольга Сергеевна",
			"Егоров Николай Викторович", "Жукова Татьяна Александровна", "Зайцев Игорь Олегович",
			"Ильина Марина Юрьевна", "Козлов Дмитрий Евгеньевич", "Лебедева Анна Владимировна",
			"Михайлов Сергей Иванович", "Никитина Елена Геннадьевна", "Орлов Виктор Павлович");

	private final DirectoryManagement directory;

	private final ResponsibleOfficials officials;

	private final OfficialRepository repository;

	private final DemoData demo;

	DemoOfficials(DirectoryManagement directory, ResponsibleOfficials officials, OfficialRepository repository,
			DemoData demo) {
		this.directory = directory;
		this.officials = officials;
		this.repository = repository;
		this.demo = demo;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(DemoData.OFFICIALS)
	void load() {
		this.demo.load("responsible officials", () -> this.repository.count() == 0, this::create);
	}

	void create() {
		List<MunicipalityRef> municipalities = this.directory.municipalities();
		for (int i = 0; i < Math.min(NAMES.size(), municipalities.size()); i++) {
			// every fifth municipality has not appointed anyone yet, so the indicator
			// shows work to do
			MunicipalityRef municipality = municipalities.get(i);
			// nor has Всеволожский, so that the demo officer ("municipal") finds the
			// appointment among their tasks
			if (i % 5 == 4 || municipality.name().startsWith("Всеволожский")) {
				continue;
			}
			LocalDate actDate = LocalDate.of(2023, 7 + i % 3, 3 + i);
			this.officials.appoint(municipality.id(), new ResponsibleOfficials.Form(NAMES.get(i),
					"Заместитель главы администрации по социальным вопросам", "nko" + (i + 1) + "@lenreg.example.ru",
					"+7 813 7" + (10 + i) + "-" + (20 + i) + "-" + (30 + i), (100 + i * 7) + "-р", actDate.toString(),
					actDate.plusDays(7).toString()), "распоряжение-" + (100 + i * 7) + ".pdf", ACT);
		}
	}

}
