package ru.nko.platform.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import ru.nko.platform.directory.ActivityArea;
import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.directory.OrganizationData.SocialPageLink;
import ru.nko.platform.directory.OrganizationData;
import ru.nko.platform.directory.SocialNetwork;
import ru.nko.platform.system.DemoData;

import static ru.nko.platform.directory.ActivityArea.CHARITY;
import static ru.nko.platform.directory.ActivityArea.CIVIC;
import static ru.nko.platform.directory.ActivityArea.CULTURE;
import static ru.nko.platform.directory.ActivityArea.DISABILITY;
import static ru.nko.platform.directory.ActivityArea.DISASTER_RELIEF;
import static ru.nko.platform.directory.ActivityArea.EDUCATION;
import static ru.nko.platform.directory.ActivityArea.ENVIRONMENT;
import static ru.nko.platform.directory.ActivityArea.FAMILY;
import static ru.nko.platform.directory.ActivityArea.HEALTH;
import static ru.nko.platform.directory.ActivityArea.HERITAGE;
import static ru.nko.platform.directory.ActivityArea.INTERETHNIC;
import static ru.nko.platform.directory.ActivityArea.LEGAL_AID;
import static ru.nko.platform.directory.ActivityArea.OTHER;
import static ru.nko.platform.directory.ActivityArea.PATRIOTIC;
import static ru.nko.platform.directory.ActivityArea.PREVENTION;
import static ru.nko.platform.directory.ActivityArea.SENIORS;
import static ru.nko.platform.directory.ActivityArea.SOCIAL_SUPPORT;
import static ru.nko.platform.directory.ActivityArea.SPORT;
import static ru.nko.platform.directory.ActivityArea.TOURISM;
import static ru.nko.platform.directory.ActivityArea.VETERANS;
import static ru.nko.platform.directory.ActivityArea.YOUTH;

/**
 * About three hundred made-up but plausible organisations of Leningrad Oblast, the same
 * on every run, for the demo directory.
 */
@Component
@Profile("demo")
class DemoOrganizations {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganizations.class);

	private static final long SEED = 47_2023L;

	private static final LocalDate FIRST_REGISTRATION = LocalDate.of(1995, 1, 1);

	private static final LocalDate LAST_REGISTRATION = LocalDate.of(2025, 12, 31);

	private static final LocalDate LAST_DECISION = LocalDate.of(2026, 9, 30);

	/**
	 * The demo accounts' organisations (see {@link DemoData}): their numbers are never
	 * generated.
	 */
	private static final Set<String> RESERVED = Set.of("470301234", "470405678", "470309876", "102470000123",
			"103470000567", "115470000987");

	private static final List<Place> PLACES = List.of(new Place("Всеволожский", 58, "03", "81370", "Всеволожский район",
			"Всеволожского района", "города Всеволожска", "vsevolozhsk",
			List.of(new Town("188640", "г. Всеволожск", false), new Town("188661", "г. Мурино", false),
					new Town("188691", "г. Кудрово", false), new Town("188650", "г. Сертолово", false),
					new Town("188685", "г.п. Кузьмоловский", true)),
			List.of("ул. Александровская", "Колтушское ш.", "Октябрьский пр.", "ул. Плоткина", "Христиновский пр.")),
			new Place("Гатчинский", 32, "05", "81371", "Гатчинский муниципальный округ",
					"Гатчинского муниципального округа", "города Гатчины", "gatchina",
					List.of(new Town("188300", "г. Гатчина", false), new Town("188320", "г. Коммунар", false),
							new Town("188330", "г.п. Сиверский", true), new Town("188380", "г.п. Вырица", true)),
					List.of("пр. 25 Октября", "ул. Соборная", "ул. Чехова", "Красноармейский пр.", "ул. Карла Маркса")),
			new Place("Выборгский", 30, "04", "81378", "Выборгский район", "Выборгского района", "города Выборга",
					"vyborg",
					List.of(new Town("188800", "г. Выборг", false), new Town("188990", "г. Светогорск", false),
							new Town("188910", "г. Приморск", false), new Town("188820", "г.п. Рощино", true)),
					List.of("Крепостная ул.", "Ленинградский пр.", "ул. Некрасова", "Московский пр.",
							"ул. Выборгская")),
			new Place("Тосненский", 17, "16", "81361", "Тосненский район", "Тосненского района", "города Тосно",
					"tosno",
					List.of(new Town("187000", "г. Тосно", false), new Town("187026", "г. Никольское", false),
							new Town("187050", "г. Любань", false)),
					List.of("пр. Ленина", "ул. Боярова", "Московское ш.", "ул. Станиславского")),
			new Place("Кировский", 16, "06", "81362", "Кировский район", "Кировского района", "города Кировска",
					"kirovsk",
					List.of(new Town("187342", "г. Кировск", false), new Town("187320", "г. Шлиссельбург", false),
							new Town("187330", "г. Отрадное", false)),
					List.of("ул. Новая", "Северная ул.", "ул. Пионерская", "пр. Победы")),
			new Place("Волховский", 15, "02", "81363", "Волховский район", "Волховского района", "города Волхова",
					"volkhov",
					List.of(new Town("187400", "г. Волхов", false), new Town("187420", "г. Сясьстрой", false),
							new Town("187450", "г. Новая Ладога", false)),
					List.of("Волховский пр.", "ул. Державина", "Кировский пр.", "ул. Островского")),
			new Place("Лужский", 15, "10", "81372", "Лужский район", "Лужского района", "города Луги", "luga",
					List.of(new Town("188230", "г. Луга", false), new Town("188255", "пос. Толмачёво", true)),
					List.of("пр. Кирова", "ул. Свободы", "ул. Тоси Петровой", "пр. Урицкого", "ул. Яна Фабрициуса")),
			new Place("Ломоносовский", 14, "20", "81376", "Ломоносовский район", "Ломоносовского района", null,
					"lomonosovsky",
					List.of(new Town("188532", "г.п. Лебяжье", true), new Town("188507", "г.п. Новоселье", true),
							new Town("188508", "пос. Виллози", true), new Town("188502", "д. Горбунки", true)),
					List.of("ул. Приморская", "ул. Полевая", "ул. Центральная")),
			new Place("Кингисеппский", 14, "07", "81375", "Кингисеппский район", "Кингисеппского района",
					"города Кингисеппа", "kingisepp",
					List.of(new Town("188480", "г. Кингисепп", false), new Town("188490", "г. Ивангород", false),
							new Town("188472", "пос. Усть-Луга", true)),
					List.of("пр. Карла Маркса", "ул. Воровского", "ул. Большая Советская", "Крикковское ш.")),
			new Place("Тихвинский", 14, "15", "81367", "Тихвинский район", "Тихвинского района", "города Тихвина",
					"tikhvin",
					List.of(new Town("187550", "г. Тихвин", false), new Town("187530", "пос. Шугозеро", true)),
					List.of("ул. Карла Маркса", "ул. Римского-Корсакова", "ул. Советская", "ул. Труда")),
			new Place("Сосновоборский", 13, "14", "81369", null, "Сосновоборского городского округа",
					"города Сосновый Бор", "sbor", List.of(new Town("188540", "г. Сосновый Бор", false)),
					List.of("ул. Ленинградская", "ул. Молодёжная", "ул. Солнечная", "ул. Малая Земля",
							"Липовский пр.")),
			new Place("Приозерский", 12, "12", "81379", "Приозерский район", "Приозерского района", "города Приозерска",
					"priozersk",
					List.of(new Town("188760", "г. Приозерск", false), new Town("188731", "пос. Сосново", true),
							new Town("188751", "пос. Кузнечное", true)),
					List.of("ул. Калинина", "ул. Ленина", "ул. Красноармейская", "Сосновая ул.")),
			new Place("Киришский", 12, "08", "81368", "Киришский район", "Киришского района", "города Кириши",
					"kirishi",
					List.of(new Town("187110", "г. Кириши", false), new Town("187120", "г.п. Будогощь", true)),
					List.of("пр. Ленина", "ул. Нефтехимиков", "ул. Романтиков", "бульвар Молодёжный")),
			new Place("Волосовский", 10, "17", "81373", "Волосовский район", "Волосовского района", "города Волосово",
					"volosovo",
					List.of(new Town("188410", "г. Волосово", false), new Town("188423", "пос. Калитино", true)),
					List.of("пр. Вингиссара", "ул. Хрустицкого", "Нарвская ул.")),
			new Place("Бокситогорский", 9, "01", "81366", "Бокситогорский район", "Бокситогорского района",
					"города Бокситогорска", "boksitogorsk",
					List.of(new Town("187650", "г. Бокситогорск", false), new Town("187600", "г. Пикалёво", false),
							new Town("187620", "пос. Ефимовский", true)),
					List.of("ул. Вишнякова", "ул. Заводская", "ул. Культуры")),
			new Place("Сланцевский", 7, "13", "81374", "Сланцевский район", "Сланцевского района", "города Сланцы",
					"slantsy", List.of(new Town("188560", "г. Сланцы", false)),
					List.of("ул. Кирова", "ул. Шахтёрской Славы", "ул. Ленина")),
			new Place("Лодейнопольский", 6, "09", "81364", "Лодейнопольский район", "Лодейнопольского района",
					"города Лодейное Поле", "lodeynoe-pole",
					List.of(new Town("187700", "г. Лодейное Поле", false), new Town("187710", "пос. Алёховщина", true)),
					List.of("пр. Ленина", "ул. Гагарина", "ул. Республиканская")),
			new Place("Подпорожский", 6, "11", "81365", "Подпорожский район", "Подпорожского района",
					"города Подпорожье", "podporozhye",
					List.of(new Town("187780", "г. Подпорожье", false), new Town("187760", "г.п. Вознесенье", true)),
					List.of("пр. Ленина", "ул. Свирская", "ул. Исакова")));

	private static final List<String> STREETS = List.of("ул. Ленина", "ул. Советская", "ул. Садовая", "ул. Школьная",
			"ул. Комсомольская", "ул. Октябрьская", "ул. Пионерская", "ул. Лесная", "ул. Парковая", "ул. Заводская",
			"ул. Гагарина", "ул. Пушкинская", "ул. Набережная", "ул. Вокзальная", "ул. Мира", "ул. Строителей",
			"пер. Почтовый", "ул. Речная");

	private static final List<Purpose> PURPOSES = List.of(new Purpose(8, "поддержки многодетных семей",
			"многодетных семей", "многодетных семей",
			List.of("Большая семья", "Семь-Я", "Родные люди", "Семейный очаг", "Многодетная семья"),
			List.of("Центр поддержки семьи"), EnumSet.of(FAMILY, SOCIAL_SUPPORT),
			List.of("Объединяет многодетные семьи, помогает с одеждой, школьными принадлежностями и летним отдыхом детей.",
					"Консультирует многодетных родителей о мерах поддержки и проводит семейные праздники."),
			List.of(Form.MOO, Form.ANO, Form.ROO, Form.OO, Form.ASSOCIATION)),
			new Purpose(8, "поддержки людей с инвалидностью", "инвалидов", "инвалидов",
					List.of("Преодоление", "Равные возможности", "Открытый мир", "Солнечный круг", "Шанс"),
					List.of("Центр социальной адаптации", "Доступная среда"),
					EnumSet.of(DISABILITY, SOCIAL_SUPPORT, HEALTH),
					List.of("Проводит занятия по социальной адаптации для детей и взрослых с инвалидностью, консультирует семьи.",
							"Добивается доступной среды в общественных зданиях и организует реабилитационные смены."),
					List.of(Form.ANO, Form.MOO, Form.ROO, Form.BF)),
			new Purpose(4, "помощи семьям, воспитывающим детей-инвалидов", "родителей детей-инвалидов",
					"родителей детей-инвалидов", List.of("Особый ребёнок", "Мы вместе", "Солнечные дети", "Радуга"),
					List.of(), EnumSet.of(DISABILITY, FAMILY, SOCIAL_SUPPORT),
					List.of("Объединяет родителей детей с особенностями развития, ведёт группы кратковременного пребывания.",
							"Организует занятия с дефектологом и инклюзивные мероприятия для детей."),
					List.of(Form.ANO, Form.MOO, Form.OO)),
			new Purpose(6, "ветеранов (пенсионеров) войны, труда, Вооружённых Сил и правоохранительных органов",
					"ветеранов (пенсионеров) войны, труда, Вооружённых Сил и правоохранительных органов", "ветеранов",
					List.of(), List.of(), EnumSet.of(VETERANS, SENIORS, PATRIOTIC),
					List.of("Объединяет ветеранов района, чествует юбиляров и помогает одиноким пенсионерам.",
							"Проводит уроки мужества в школах и ухаживает за воинскими захоронениями."),
					List.of(Form.MOO, Form.OO)),
			new Purpose(4, "поддержки ветеранов боевых действий", "ветеранов боевых действий",
					"ветеранов боевых действий", List.of("Боевое братство", "Контингент", "Память"), List.of(),
					EnumSet.of(VETERANS, PATRIOTIC, SOCIAL_SUPPORT),
					List.of("Помогает ветеранам боевых действий и их семьям, ведёт военно-патриотическую работу с молодёжью.",
							"Оказывает юридическую и психологическую помощь участникам боевых действий и их близким."),
					List.of(Form.MOO, Form.ROO, Form.OO, Form.ANO, Form.ASSOCIATION)),
			new Purpose(7, "охраны природы и экологического просвещения", "защиты природы", "экологическая",
					List.of("Зелёный берег", "Чистый берег", "Живая вода", "Экодом", "Родник", "Лесная тропа"),
					List.of("Экологический центр"), EnumSet.of(ENVIRONMENT, EDUCATION),
					List.of("Проводит субботники на берегах рек и озёр, ведёт экологические уроки в школах.",
							"Организует раздельный сбор отходов и наблюдения за состоянием малых рек."),
					List.of(Form.ANO, Form.MOO, Form.ROO, Form.NP)),
			new Purpose(6, "сохранения историко-культурного наследия", "краеведов", "краеведческая",
					List.of("Наследие", "Старина", "Память поколений", "Летопись", "%s край"),
					List.of("Краеведческий центр"), EnumSet.of(HERITAGE, CULTURE, TOURISM),
					List.of("Изучает историю края, восстанавливает памятные места и издаёт краеведческие сборники.",
							"Ведёт экскурсии по старинным усадьбам и собирает воспоминания старожилов."),
					List.of(Form.ANO, Form.MOO, Form.OO, Form.FOND)),
			new Purpose(3, "поисковой работы", "поисковиков", "поисковая",
					List.of("Ингрия", "Синявинские высоты", "Рубеж", "Возвращённые имена"), List.of(),
					EnumSet.of(PATRIOTIC, HERITAGE),
					List.of("Ведёт поиск и перезахоронение павших защитников Отечества, устанавливает имена погибших.",
							"Проводит поисковые экспедиции на местах боёв и передаёт находки в районный музей."),
					List.of(Form.ROO, Form.MOO, Form.OO)),
			new Purpose(7, "развития физической культуры и спорта", "любителей спорта", "спортивная",
					List.of("Олимп", "Старт", "Ладога", "Движение", "Чемпион", "Северный ветер"),
					List.of("Спортивный клуб", "Центр детского спорта"), EnumSet.of(SPORT, HEALTH, YOUTH),
					List.of("Проводит секции и районные соревнования для детей и взрослых.",
							"Развивает дворовый спорт и готовит команды к областным турнирам."),
					List.of(Form.ANO, Form.MOO, Form.NP, Form.ROO)),
			new Purpose(6, "развития культуры и творчества", "деятелей культуры", "культурная",
					List.of("Вдохновение", "Акварель", "Созвездие", "Литературная гостиная", "Камертон"),
					List.of("Центр творческих инициатив", "Дом ремёсел"), EnumSet.of(CULTURE, EDUCATION),
					List.of("Проводит фестивали, выставки и творческие мастерские для жителей района.",
							"Поддерживает самодеятельные коллективы и народные промыслы."),
					List.of(Form.ANO, Form.MOO, Form.FOND, Form.NP, Form.ASSOCIATION)),
			new Purpose(6, "развития добровольчества", "добровольцев", "добровольческая",
					List.of("Доброе дело", "Рука помощи", "Вместе", "Добрые сердца", "Доброволец"),
					List.of("Добровольческий центр", "Центр развития добровольчества"),
					EnumSet.of(CIVIC, SOCIAL_SUPPORT, CHARITY),
					List.of("Собирает добровольцев для помощи пожилым людям, субботников и городских праздников.",
							"Обучает волонтёров и координирует добровольческие акции района."),
					List.of(Form.ANO, Form.MOO, Form.OO)),
			new Purpose(5, "помощи бездомным животным", "защитников животных", "зоозащитная",
					List.of("Верный друг", "Хвостатый патруль", "Лапа помощи", "Ковчег", "Дай лапу"), List.of(),
					EnumSet.of(CHARITY, ENVIRONMENT, OTHER),
					List.of("Содержит приют для бездомных собак и кошек, ищет им хозяев и проводит стерилизацию.",
							"Помогает бездомным животным и учит детей ответственному обращению с питомцами."),
					List.of(Form.BF, Form.ANO, Form.MOO)),
			new Purpose(5, "поддержки старшего поколения", "пенсионеров", "пенсионеров",
					List.of("Серебряный возраст", "Активное долголетие", "Золотая осень", "Не стареют душой"),
					List.of("Клуб активного долголетия"), EnumSet.of(SENIORS, SOCIAL_SUPPORT, HEALTH),
					List.of("Проводит занятия скандинавской ходьбой, компьютерные курсы и экскурсии для пенсионеров.",
							"Помогает одиноким пожилым людям по хозяйству и организует клубы по интересам."),
					List.of(Form.ANO, Form.MOO, Form.OO)),
			new Purpose(8, "социальной помощи", "социальной помощи", "социальной помощи",
					List.of("Добрые руки", "Милосердие", "Надежда", "Участие", "Тёплый дом", "Открытое сердце"),
					List.of("Центр социальной помощи"), EnumSet.of(SOCIAL_SUPPORT, CHARITY),
					List.of("Помогает малообеспеченным семьям продуктами, одеждой и консультациями.",
							"Собирает гуманитарную помощь и поддерживает людей в трудной жизненной ситуации."),
					List.of(Form.BF, Form.ANO, Form.FOND)),
			new Purpose(5, "развития дополнительного образования детей", "педагогов", "образовательная",
					List.of("Умники и умницы", "Кругозор", "Детская академия", "Почемучка", "Перспектива"),
					List.of("Центр развития детей"), EnumSet.of(EDUCATION, FAMILY),
					List.of("Ведёт кружки робототехники, английского языка и подготовки к школе.",
							"Организует летние образовательные лагеря и олимпиады для школьников."),
					List.of(Form.ANO, Form.NP)),
			new Purpose(3, "профилактики зависимостей и пропаганды здорового образа жизни",
					"сторонников здорового образа жизни", "ЗОЖ",
					List.of("Здоровое поколение", "Трезвая Россия", "Новая жизнь"), List.of(),
					EnumSet.of(PREVENTION, HEALTH),
					List.of("Проводит профилактические занятия в школах и поддерживает людей, преодолевающих зависимость.",
							"Организует акции за здоровый образ жизни и консультации психолога."),
					List.of(Form.ANO, Form.ROO)),
			new Purpose(3, "правовой помощи населению", "юристов", "правовой помощи",
					List.of("Правовой центр", "Защита", "Гражданин"), List.of("Центр бесплатной юридической помощи"),
					EnumSet.of(LEGAL_AID, CIVIC),
					List.of("Бесплатно консультирует жителей по жилищным, трудовым и семейным вопросам.",
							"Помогает составлять обращения и сопровождает граждан в судах."),
					List.of(Form.ANO, Form.ROO)),
			new Purpose(3, "сохранения национальных культур", "национальных культур", "национально-культурная",
					List.of("Инкери", "Дружба народов", "Вепсское наследие", "Водь"), List.of(),
					EnumSet.of(INTERETHNIC, CULTURE, HERITAGE),
					List.of("Сохраняет язык и традиции коренных народов Ленинградской области, проводит национальные праздники.",
							"Ведёт курсы родного языка и фольклорный ансамбль."),
					List.of(Form.ROO, Form.MOO, Form.ANO)),
			new Purpose(3, "развития туризма", "туристов", "туристская",
					List.of("Тропа", "Азимут", "Ладожские маршруты", "Северная тропа"), List.of("Туристский клуб"),
					EnumSet.of(TOURISM, SPORT, ENVIRONMENT),
					List.of("Прокладывает и размечает туристские тропы, проводит походы для школьников.",
							"Развивает сельский и экологический туризм, ведёт туристский клуб."),
					List.of(Form.ANO, Form.MOO, Form.NP)),
			new Purpose(3, "военно-патриотического воспитания", "патриотов", "военно-патриотическая",
					List.of("Патриот", "Русичи", "Витязь", "Кадет"), List.of("Военно-патриотический клуб"),
					EnumSet.of(PATRIOTIC, YOUTH, SPORT),
					List.of("Готовит подростков к службе в армии, проводит военно-спортивные игры и сборы.",
							"Ведёт военно-патриотический клуб для школьников и участвует в поисковых экспедициях."),
					List.of(Form.ANO, Form.MOO, Form.OO)),
			new Purpose(2, "добровольной пожарной охраны", "добровольных пожарных", "ДПО",
					List.of("Огнеборец", "Пожарная дружина"), List.of(), EnumSet.of(DISASTER_RELIEF, CIVIC),
					List.of("Содержит добровольную пожарную команду, которая выезжает на пожары в отдалённых деревнях.",
							"Обучает жителей мерам пожарной безопасности и помогает при чрезвычайных ситуациях."),
					List.of(Form.OO, Form.MOO)),
			new Purpose(5, null, null, null,
					List.of("Микрорайон Южный", "Северный", "Улица Лесная", "Наш двор", "Сосновая горка", "Заречье",
							"Центральный"),
					List.of(), EnumSet.of(CIVIC, OTHER),
					List.of("Объединяет жителей микрорайона для благоустройства дворов и решения местных вопросов.",
							"Ведёт благоустройство территории, организует праздники двора и субботники."),
					List.of(Form.TOS)));

	/**
	 * The youth organisations, one in each of the largest municipalities, so that a
	 * search for «молодёжн» finds a few.
	 */
	private static final List<String[]> YOUTH_NAMES = List.of(
			new String[] { "ANO", "«Центр молодёжных инициатив»", "Центр молодёжных инициатив" },
			new String[] { "MOO", "«Молодёжный совет» %s", "Молодёжный совет" },
			new String[] { "ANO", "поддержки молодёжных инициатив «Импульс»", "Импульс" },
			new String[] { "ROO", "«Молодёжное движение «Новые горизонты»» Ленинградской области", "Новые горизонты" },
			new String[] { "ANO", "«Молодёжный центр «Перспектива»» %s", "Молодёжный центр" });

	private static final List<String> MALE_NAMES = List.of("Александр", "Алексей", "Андрей", "Сергей", "Дмитрий",
			"Михаил", "Владимир", "Николай", "Игорь", "Олег", "Павел", "Виктор", "Евгений", "Юрий", "Константин",
			"Артём", "Илья", "Максим", "Роман", "Геннадий");

	private static final List<String> FEMALE_NAMES = List.of("Елена", "Ольга", "Наталья", "Татьяна", "Ирина",
			"Светлана", "Марина", "Анна", "Мария", "Екатерина", "Юлия", "Людмила", "Галина", "Надежда", "Вера",
			"Валентина", "Оксана", "Дарья", "Ксения", "Любовь");

	private static final List<String> FATHERS = List.of("Александров", "Алексеев", "Андреев", "Сергеев", "Дмитриев",
			"Михайлов", "Владимиров", "Николаев", "Игорев", "Олегов", "Павлов", "Викторов", "Евгеньев", "Юрьев",
			"Петров", "Иванов", "Васильев", "Анатольев", "Борисов", "Геннадьев");

	private static final List<String> SURNAMES = List.of("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров",
			"Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов",
			"Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров",
			"Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин",
			"Фролов", "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов", "Поляков", "Сорокин",
			"Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов", "Жуков", "Баранов", "Филиппов",
			"Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов", "Сидоров", "Матвеев", "Титов", "Марков",
			"Миронов", "Крылов", "Куликов", "Карпов", "Власов", "Мельников", "Денисов", "Гаврилов", "Калинин",
			"Вишневский", "Островский", "Покровский", "Залесский", "Корнилов", "Лукин", "Ершов", "Панов");

	private static final List<String> MOBILE_CODES = List.of("921", "911", "981", "931", "952", "905", "999", "911",
			"921");

	private static final List<String> MAIL_DOMAINS = List.of("mail.ru", "yandex.ru", "mail.ru", "bk.ru", "list.ru",
			"yandex.ru", "inbox.ru");

	private final DirectoryManagement directory;

	DemoOrganizations(DirectoryManagement directory) {
		this.directory = directory;
	}

	/**
	 * Saves the organisations: new ones are created, those already there (by ИНН) are
	 * updated to the same data.
	 */
	void create() {
		long start = System.nanoTime();
		List<OrganizationData> organizations = organizations(this.directory.municipalities());
		organizations.forEach(this.directory::saveOrganization);
		log.info("Demo organisations saved: {} in {} ms", organizations.size(),
				(System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * The organisations, always the same for the same municipalities, matched by their
	 * names' first word.
	 */
	List<OrganizationData> organizations(List<MunicipalityRef> municipalities) {
		Generator generator = new Generator(new Random(SEED));
		List<OrganizationData> result = new ArrayList<>();
		for (int p = 0; p < PLACES.size(); p++) {
			Place place = PLACES.get(p);
			Long municipalityId = municipalities.stream()
				.filter(m -> m.name().startsWith(place.stem()))
				.map(MunicipalityRef::id)
				.findFirst()
				.orElse(null);
			for (int i = 0; i < place.count(); i++) {
				// generated even when the municipality is missing, so the others keep
				// their numbers
				OrganizationData organization = generator.organization(place, municipalityId,
						p < YOUTH_NAMES.size() && i == 0 ? p : -1);
				if (municipalityId != null) {
					result.add(organization);
				}
			}
		}
		return result;
	}

	/** The ten-digit ИНН with its check digit, from the first nine digits. */
	static String inn(String nine) {
		int[] weights = { 2, 4, 10, 3, 5, 9, 4, 6, 8 };
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i] * (nine.charAt(i) - '0');
		}
		return nine + (sum % 11 % 10);
	}

	/** The thirteen-digit ОГРН with its check digit, from the first twelve digits. */
	static String ogrn(String twelve) {
		return twelve + (Long.parseLong(twelve) % 11 % 10);
	}

	/** Latin letters for web addresses, words separated by single spaces. */
	static String transliterate(String text) {
		String[] letters = { "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
				"t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya" };
		StringBuilder out = new StringBuilder();
		for (char c : text.toLowerCase().toCharArray()) {
			if (c >= 'а' && c <= 'я') {
				out.append(letters[c - 'а']);
			}
			else if (c == 'ё') {
				out.append('e');
			}
			else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				out.append(c);
			}
			else {
				out.append(' ');
			}
		}
		return out.toString().trim().replaceAll(" +", " ");
	}

	/** The legal forms, with the positions their heads usually hold. */
	enum Form {

		ANO("Автономная некоммерческая организация", "АНО", "Директор", "Директор", "Генеральный директор"),
		ROO("Региональная общественная организация", "РОО", "Председатель", "Председатель правления", "Президент"),
		MOO("Местная общественная организация", "МОО", "Председатель", "Председатель", "Председатель правления"),
		OO("Общественная организация", "ОО", "Председатель", "Председатель совета"),
		BF("Благотворительный фонд", "БФ", "Президент", "Директор", "Исполнительный директор"),
		FOND("Фонд", "Фонд", "Директор", "Президент"),
		ASSOCIATION("Ассоциация", "Ассоциация", "Президент", "Председатель"),
		NP("Некоммерческое партнёрство", "НП", "Директор", "Исполнительный директор"),
		TOS("Территориальное общественное самоуправление", "ТОС", "Председатель совета ТОС", "Председатель");

		final String full;

		final String abbreviation;

		final List<String> positions;

		Form(String full, String abbreviation, String... positions) {
			this.full = full;
			this.abbreviation = abbreviation;
			this.positions = List.of(positions);
		}

	}

	/**
	 * A municipality as the generator sees it: how many organisations, its tax office,
	 * towns and streets.
	 */
	record Place(String stem, int count, String taxOffice, String phoneCode, String district, String districtGenitive,
			String townGenitive, String slug, List<Town> towns, List<String> streets) {
	}

	/**
	 * A town or settlement with its postcode; a rural one is written with its district in
	 * addresses.
	 */
	record Town(String postcode, String name, boolean rural) {
	}

	/**
	 * What an organisation works for: name words (after an activity-style form, a
	 * membership-style one, for web addresses), quoted names, titles, areas.
	 */
	record Purpose(int weight, String activity, String members, String shortWords, List<String> quotes,
			List<String> titles, Set<ActivityArea> areas, List<String> descriptions, List<Form> forms) {
	}

	/** One run's state: the random source and what has been handed out already. */
	private static final class Generator {

		private final Random random;

		private final Set<String> numbers = new HashSet<>(RESERVED);

		private final Set<String> names = new HashSet<>();

		private final Set<String> slugs = new HashSet<>();

		private final Set<String> domains = new HashSet<>();

		private final int totalWeight = PURPOSES.stream().mapToInt(Purpose::weight).sum();

		Generator(Random random) {
			this.random = random;
		}

		OrganizationData organization(Place place, Long municipalityId, int youth) {
			Purpose purpose = null;
			Form form;
			String name;
			String shortName;
			String quote = null;
			Set<ActivityArea> areas = EnumSet.noneOf(ActivityArea.class);
			String description;
			if (youth >= 0) {
				String[] youthName = YOUTH_NAMES.get(youth);
				form = Form.valueOf(youthName[0]);
				name = form.full + " " + youthName[1].formatted(place.districtGenitive());
				quote = youthName[2];
				shortName = form.abbreviation + " «" + quote + "»";
				areas.addAll(EnumSet.of(YOUTH, CIVIC, EDUCATION));
				description = "Поддерживает проекты молодёжи, проводит форумы и обучает молодых лидеров.";
			}
			else {
				String[] parts;
				do {
					purpose = purpose();
					form = pick(purpose.forms());
					parts = name(purpose, form, place);
				}
				while (!this.names.add(parts[0]));
				name = parts[0];
				shortName = parts[1];
				quote = parts[2];
				areas.addAll(purpose.areas());
				if (chance(0.3)) {
					areas.add(pick(List.of(CHARITY, EDUCATION, CIVIC, CULTURE, SOCIAL_SUPPORT, HEALTH)));
				}
				description = pick(purpose.descriptions());
			}
			this.names.add(name);

			LocalDate registered = registration(purpose);
			String inn = unique(() -> inn("47" + place.taxOffice() + digits(5)), 9);
			String ogrn = unique(() -> ogrn("1" + ogrnYear(registered) + "47" + place.taxOffice() + digits(5)), 12);
			String kpp = "47" + place.taxOffice() + "01001";
			boolean oo = form == Form.OO || form == Form.TOS || place.townGenitive() == null;
			Town town = oo || chance(0.7) ? place.towns().get(0) : pick(place.towns());
			String street = chance(0.6) ? pick(STREETS) : pick(place.streets());
			String address = town.postcode() + ", Ленинградская область, "
					+ (town.rural() ? place.district() + ", " : "") + town.name() + ", " + street + ", д. "
					+ (1 + this.random.nextInt(60)) + (chance(0.2) ? ", корп. " + (1 + this.random.nextInt(3)) : "")
					+ (chance(0.5) ? ", пом. " + (1 + this.random.nextInt(40)) + "-Н" : "");

			boolean socialOriented = form != Form.TOS ? chance(0.71) : chance(0.3);
			LocalDate socialSince = socialOriented
					? between(later(registered.plusDays(60), LocalDate.of(2011, 3, 1)), LAST_DECISION) : null;
			boolean iopu = socialOriented && chance(0.16) && registered.isBefore(LocalDate.of(2024, 1, 1));
			LocalDate iopuSince = iopu ? between(
					later(socialSince, later(registered.plusYears(2), LocalDate.of(2017, 6, 1))), LAST_DECISION) : null;
			boolean resourceCenter = form != Form.TOS && chance(0.03);
			boolean supportParticipant = chance(socialOriented ? 0.5 : 0.17);
			if (chance(0.5)) {
				description += " " + second(place, supportParticipant, registered);
			}

			// openness: a fifth show nothing at all, the others a varied mix
			String slug = slug(quote != null ? quote
					: (purpose == null || purpose.shortWords() == null ? "nko" : purpose.shortWords()), place);
			boolean nothing = chance(0.2);
			String domain = (slug.contains(place.slug().replace('-', '_')) ? slug : slug + "_" + place.slug())
				.replace('_', '-');
			while (!this.domains.add(domain)) {
				domain += "47";
			}
			String website = !nothing && chance(0.56)
					? "https://" + domain + pick(List.of(".ru", ".ru", ".ru", ".org", "47.ru")) : null;
			List<SocialPageLink> pages = new ArrayList<>();
			if (!nothing && chance(0.75)) {
				if (chance(0.88)) {
					pages.add(new SocialPageLink(SocialNetwork.VK, chance(0.8) ? "https://vk.com/" + slug
							: "https://vk.com/club" + (10_000_000 + this.random.nextInt(220_000_000))));
				}
				if (chance(0.45) || pages.isEmpty()) {
					pages.add(new SocialPageLink(SocialNetwork.TELEGRAM,
							"https://t.me/" + (slug.length() < 5 ? slug + "_lo" : slug)));
				}
				if (chance(0.2)) {
					pages.add(new SocialPageLink(SocialNetwork.ODNOKLASSNIKI, "https://ok.ru/group/"
							+ (50_000_000_000_000L + (long) (this.random.nextDouble() * 20_000_000_000_000L))));
				}
			}
			String publicEmail = !nothing && chance(0.81)
					? (website != null && chance(0.7) ? "info@" + website.substring("https://".length())
							: slug.replace('_', '.') + "@" + pick(MAIL_DOMAINS))
					: null;
			String publicPhone = !nothing && chance(0.69) ? (chance(0.75) ? landline(place) : mobile()) : null;
			if (!nothing && website == null && pages.isEmpty() && publicEmail == null && publicPhone == null) {
				publicPhone = landline(place);
			}

			boolean female = chance(0.58);
			String head = person(female);
			String position = pick(form.positions);
			String contactPerson = null;
			String contactEmail = null;
			String contactPhone = null;
			if (chance(0.8)) {
				boolean contactFemale = chance(0.5) ? female : chance(0.65);
				contactPerson = contactFemale == female && chance(0.6) ? head : person(contactFemale);
				String[] parts = contactPerson.split(" ");
				contactEmail = transliterate(parts[0]).replace(' ', '.') + "." + transliterate(parts[1].substring(0, 1))
						+ "@" + pick(MAIL_DOMAINS);
				contactPhone = mobile();
			}
			return new OrganizationData(name, shortName, form.full, inn, ogrn, kpp, registered, address, municipalityId,
					socialOriented, socialSince, iopu, iopuSince, resourceCenter, supportParticipant, website,
					publicEmail, publicPhone, head, position, description, contactPerson, contactEmail, contactPhone,
					areas, pages);
		}

		/** Full name, short name and the quoted name (or null). */
		private String[] name(Purpose purpose, Form form, Place place) {
			String place2 = place.townGenitive() != null && form == Form.OO ? place.townGenitive()
					: place.districtGenitive();
			if (form == Form.TOS) {
				String quote = pick(purpose.quotes());
				String town = place.townGenitive() != null ? " " + place.townGenitive()
						: " " + place.districtGenitive();
				return new String[] { form.full + " «" + quote + "»" + town, form.abbreviation + " «" + quote + "»",
						quote };
			}
			String quote = purpose.quotes().isEmpty() || chance(0.2) ? null : pick(purpose.quotes())
				.formatted(place.districtGenitive().substring(0, place.districtGenitive().indexOf(' ') - 3) + "ий");
			String title = purpose.titles().isEmpty() ? null : pick(purpose.titles());
			return switch (form) {
				case ANO ->
					title != null && chance(0.4)
							? new String[] {
									form.full + " «" + title + "»"
											+ (chance(0.5) ? " " + place.districtGenitive() : ""),
									form.abbreviation + " «" + title + "»", title }
							: withQuote(form, purpose.activity(), quote, place.districtGenitive());
				case BF, NP -> withQuote(form, purpose.activity(), quote, place.districtGenitive());
				case FOND -> withQuote(form, purpose.activity() + " " + place.districtGenitive(), quote, "");
				case ROO -> withQuote(form, purpose.members(), quote, "Ленинградской области");
				case MOO, ASSOCIATION ->
					withQuote(form, purpose.members() + " " + place.districtGenitive(), chance(0.5) ? quote : null, "");
				case OO -> withQuote(form, purpose.members() + " " + place2, chance(0.5) ? quote : null, "");
				case TOS -> throw new IllegalStateException();
			};
		}

		/**
		 * The words after the legal form, then the quoted name if any, then the place
		 * (the latter two are optional).
		 */
		private static String[] withQuote(Form form, String words, String quote, String place) {
			String tail = place.isEmpty() ? "" : " " + place;
			if (quote != null) {
				String name = form == Form.ROO ? words + " «" + quote + "»" + tail : words + " «" + quote + "»";
				return new String[] { form.full + " " + name, form.abbreviation + " «" + quote + "»", quote };
			}
			// the veterans' statutory name is too long to repeat in the short one
			String shortWords = words.startsWith("ветеранов (")
					? "ветеранов" + words.substring(words.indexOf(" органов") + " органов".length()) : words;
			return new String[] { form.full + " " + words + tail, form.abbreviation + " " + shortWords + tail, null };
		}

		private String second(Place place, boolean supportParticipant, LocalDate registered) {
			List<String> options = new ArrayList<>(List.of("Работает на территории " + place.districtGenitive() + ".",
					"Объединяет около " + (10 + this.random.nextInt(30) * 5) + " участников и добровольцев.",
					"Работает с " + registered.getYear()
							+ " года, проекты поддержаны грантами Губернатора Ленинградской области.",
					"Проводит районные акции и праздники вместе с администрацией и библиотеками."));
			if (supportParticipant) {
				options.add("Участвует в программе поддержки социально ориентированных НКО Ленинградской области.");
			}
			return pick(options);
		}

		private Purpose purpose() {
			int roll = this.random.nextInt(this.totalWeight);
			for (Purpose purpose : PURPOSES) {
				roll -= purpose.weight();
				if (roll < 0) {
					return purpose;
				}
			}
			throw new IllegalStateException();
		}

		private LocalDate registration(Purpose purpose) {
			LocalDate one = between(FIRST_REGISTRATION, LAST_REGISTRATION);
			LocalDate two = between(FIRST_REGISTRATION, LAST_REGISTRATION);
			if (purpose != null && purpose.areas().contains(VETERANS)) {
				return one.isBefore(two) ? one : two;
			}
			if (purpose == null || purpose.forms().contains(Form.TOS) || purpose.areas().contains(CIVIC)) {
				return one.isAfter(two) ? one : two;
			}
			return one;
		}

		/**
		 * Organisations registered before 1 July 2002 received their ОГРН at
		 * re-registration in 2002-2003.
		 */
		private String ogrnYear(LocalDate registered) {
			int year = registered.isBefore(LocalDate.of(2002, 7, 1)) ? (chance(0.6) ? 2002 : 2003)
					: registered.getYear();
			return String.format("%02d", year % 100);
		}

		private String unique(Supplier<String> candidates, int significant) {
			while (true) {
				String candidate = candidates.get();
				if (this.numbers.add(candidate.substring(0, significant))) {
					return candidate;
				}
			}
		}

		private String slug(String words, Place place) {
			String[] parts = transliterate(words).split(" ");
			String base = parts[0].length() > 24 ? parts[0].substring(0, 24) : parts[0];
			for (int i = 1; i < Math.min(parts.length, 3) && base.length() + parts[i].length() < 24; i++) {
				base += "_" + parts[i];
			}
			for (String candidate : List.of(base, base + "_" + place.slug().replace('-', '_'), base + "47")) {
				if (this.slugs.add(candidate)) {
					return candidate;
				}
			}
			for (int i = 2;; i++) {
				if (this.slugs.add(base + "_" + place.slug().replace('-', '_') + i)) {
					return base + "_" + place.slug().replace('-', '_') + i;
				}
			}
		}

		private String person(boolean female) {
			String surname = pick(SURNAMES);
			if (female) {
				surname = surname.endsWith("ий") ? surname.substring(0, surname.length() - 2) + "ая" : surname + "а";
				return surname + " " + pick(FEMALE_NAMES) + " " + pick(FATHERS) + "на";
			}
			return surname + " " + pick(MALE_NAMES) + " " + pick(FATHERS) + "ич";
		}

		private String landline(Place place) {
			return "+7 (" + place.phoneCode() + ") " + (2 + this.random.nextInt(6)) + "-" + digits(2) + "-" + digits(2);
		}

		private String mobile() {
			return "+7 " + pick(MOBILE_CODES) + " " + digits(3) + "-" + digits(2) + "-" + digits(2);
		}

		private String digits(int count) {
			StringBuilder out = new StringBuilder();
			for (int i = 0; i < count; i++) {
				out.append(this.random.nextInt(10));
			}
			return out.toString();
		}

		private LocalDate between(LocalDate from, LocalDate to) {
			if (!from.isBefore(to)) {
				return to;
			}
			return from.plusDays(this.random.nextInt((int) (to.toEpochDay() - from.toEpochDay())));
		}

		private static LocalDate later(LocalDate one, LocalDate two) {
			return one.isAfter(two) ? one : two;
		}

		private boolean chance(double probability) {
			return this.random.nextDouble() < probability;
		}

		private <T> T pick(List<T> items) {
			return items.get(this.random.nextInt(items.size()));
		}

	}

}
