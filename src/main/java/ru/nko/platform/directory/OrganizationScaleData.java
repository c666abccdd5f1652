package ru.nko.platform.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import ru.nko.platform.directory.DemoOrganizations.Place;
import ru.nko.platform.directory.DemoOrganizations.Town;
import ru.nko.platform.scale.BulkInsert;
import ru.nko.platform.system.DemoData;
import ru.nko.platform.scale.ScaleData;
import ru.nko.platform.scale.ScaleSize;

/**
 * The directory's part of the generated data set: municipalities of every region (the
 * country size; Leningrad Oblast keeps its own) and organisations with the demo
 * generator's names, addresses, activity areas, contacts and social pages, spread evenly
 * over the municipalities, up to the size's count.
 */
@Component
@Profile("scale")
class OrganizationScaleData implements ScaleData {

	/** Written a batch at a time, so that memory does not grow with the size. */
	private static final int BATCH = 10_000;

	private static final String ORGANIZATION_COLUMNS = "id, name, short_name, legal_form, inn, ogrn, kpp, "
			+ "registration_date, address, municipality_id, social_oriented, social_oriented_since, iopu, iopu_since, "
			+ "resource_center, support_participant, website, public_email, public_phone, head_name, head_position, "
			+ "description, contact_person, contact_email, contact_phone, active, version";

	/**
	 * Russia's regions besides Leningrad Oblast: name, the name in the genitive, code.
	 */
	static final List<String[]> REGIONS = DemoData.table("scale/regions.tsv");

	/** District names ("Берёзовский"), each with its town ("Берёзовск"). */
	private static final List<String> DISTRICTS = List.of("Александровский", "Берёзовский", "Кировский", "Ленинский",
			"Октябрьский", "Первомайский", "Советский", "Красногорский", "Дмитровский", "Ивановский", "Каменский",
			"Михайловский", "Никольский", "Петровский", "Покровский", "Сосновский", "Троицкий", "Успенский",
			"Богородский", "Вознесенский", "Знаменский", "Ильинский", "Калининский", "Павловский", "Володарский",
			"Заводской", "Северский", "Белозерский", "Краснополянский", "Новосельский");

	private static final List<String> STREETS = List.of("ул. Ленина", "ул. Советская", "ул. Мира", "ул. Садовая",
			"ул. Молодёжная", "ул. Школьная", "ул. Центральная", "пр. Победы", "ул. Гагарина", "ул. Набережная");

	private final DirectoryManagement directory;

	OrganizationScaleData(DirectoryManagement directory) {
		this.directory = directory;
	}

	@Override
	public int order() {
		return DemoData.DIRECTORY;
	}

	@Override
	public String name() {
		return "муниципальные образования и организации";
	}

	@Override
	public void generate(ScaleSize size, BulkInsert bulk) {
		List<Place> places = new ArrayList<>();
		List<Long> municipalityIds = new ArrayList<>();
		for (MunicipalityRef municipality : this.directory.municipalities()) {
			DemoOrganizations.PLACES.stream()
				.filter(place -> municipality.name().startsWith(place.stem()))
				.findFirst()
				.ifPresent(place -> {
					places.add(place);
					municipalityIds.add(municipality.id());
				});
		}
		if (size.regions() > 1) {
			addRegions(size, bulk, places, municipalityIds);
		}
		Long existing = bulk.jdbc().queryForObject("select count(*) from organization", Long.class);
		int wanted = size.organizations() - (existing == null ? 0 : existing.intValue());
		DemoOrganizations.Generator generator = new DemoOrganizations.Generator(new Random(size.ordinal() + 2026L))
			.taken(bulk.jdbc()
				.queryForList("select inn from organization where inn is not null union all "
						+ "select ogrn from organization where ogrn is not null", String.class));
		long nextId = bulk.nextId("organization");
		List<OrganizationData> batch = new ArrayList<>(BATCH);
		List<Long> batchIds = new ArrayList<>(BATCH);
		for (int i = 0; i < wanted; i++) {
			int p = i % places.size();
			batch.add(generator.organization(places.get(p), municipalityIds.get(p), -1));
			batchIds.add(nextId++);
			if (batch.size() == BATCH || i == wanted - 1) {
				write(bulk, batch, batchIds);
				batch.clear();
				batchIds.clear();
			}
		}
		bulk.syncIdentity("organization");
	}

	/** Municipalities of every other region, each a place for the generator. */
	private void addRegions(ScaleSize size, BulkInsert bulk, List<Place> places, List<Long> municipalityIds) {
		long nextId = bulk.nextId("municipality");
		List<Object[]> rows = new ArrayList<>();
		for (int r = 0; r < Math.min(size.regions() - 1, REGIONS.size()); r++) {
			String[] region = REGIONS.get(r);
			for (int d = 0; d < size.municipalitiesPerRegion(); d++) {
				String adjective = DISTRICTS.get(d % DISTRICTS.size());
				String stem = adjective.substring(0, adjective.length() - 2);
				String name = adjective + " район (" + region[0] + ")";
				String genitive = stem + "ого района";
				String town = stem.endsWith("ск") ? stem : stem + "ск";
				String postcode = String.format("%03d%03d", 100 + r * 7 % 900, 100 + d * 13);
				String taxOffice = String.format("%02d", d + 1);
				String phoneCode = String.format("%d%02d", 300 + r, d);
				places.add(new Place(adjective, 0, taxOffice, phoneCode, adjective + " район", genitive,
						"города " + town + "а", DemoOrganizations.transliterate(stem) + "-" + region[2],
						List.of(new Town(postcode, "г. " + town, false),
								new Town(postcode.substring(0, 4) + "21", "с. Никольское", true),
								new Town(postcode.substring(0, 4) + "35", "пос. Заречный", true)),
						STREETS, region[0], region[1], region[2]));
				municipalityIds.add(nextId);
				rows.add(new Object[] { nextId++, name,
						d % 3 == 0 ? MunicipalityKind.URBAN_OKRUG : MunicipalityKind.MUNICIPAL_DISTRICT, 1000 + d });
			}
		}
		bulk.copy("municipality", "id, name, kind, position, active, version", rows.size(),
				(i, row) -> row.add(rows.get(i)).add(true, 0));
		bulk.syncIdentity("municipality");
	}

	private static void write(BulkInsert bulk, List<OrganizationData> batch, List<Long> ids) {
		bulk.copy("organization", ORGANIZATION_COLUMNS, batch.size(), (i, row) -> {
			OrganizationData o = batch.get(i);
			row.add(ids.get(i), o.name(), o.shortName(), o.legalForm(), o.inn(), o.ogrn(), o.kpp(),
					o.registrationDate(), o.address(), o.municipalityId(), o.socialOriented(), o.socialOrientedSince(),
					o.iopu(), o.iopuSince(), o.resourceCenter(), o.supportParticipant(), o.website(), o.publicEmail(),
					o.publicPhone(), o.headName(), o.headPosition(), o.description(), o.contactPerson(),
					o.contactEmail(), o.contactPhone(), true, 0);
		});
		List<Object[]> areas = new ArrayList<>();
		List<Object[]> pages = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			for (ActivityArea area : batch.get(i).activityAreas()) {
				areas.add(new Object[] { ids.get(i), area });
			}
			List<OrganizationData.SocialPageLink> links = batch.get(i).socialPages();
			for (int p = 0; p < links.size(); p++) {
				pages.add(new Object[] { ids.get(i), p, links.get(p).network(), links.get(p).url() });
			}
		}
		bulk.copy("organization_activity", "organization_id, area", areas.size(), (i, row) -> row.add(areas.get(i)));
		bulk.copy("organization_social_page", "organization_id, position, network, url", pages.size(),
				(i, row) -> row.add(pages.get(i)));
	}

}
