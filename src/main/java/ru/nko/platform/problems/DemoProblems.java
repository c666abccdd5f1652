package ru.nko.platform.problems;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.directory.OrganizationRef;
import ru.nko.platform.system.DemoData;

/**
 * About sixty problems of NGOs across the eighteen municipalities, in every status, some
 * joined by other organisations; a few belong to the demo accounts' organisations, and
 * several new ones in Всеволожский wait for the "municipal" account to moderate them.
 * Dates are counted back from today.
 */
@Component
@Profile("demo")
class DemoProblems {

	private static final Logger log = LoggerFactory.getLogger(DemoProblems.class);

	/**
	 * Who recorded a problem: an organisation of the municipality, a demo account's
	 * organisation, or an officer.
	 */
	private enum Author {

		ORG, NGO, NGO2, OFFICER

	}

	/**
	 * One made-up but typical problem; {@code note} is a rejection's reason or how it was
	 * resolved.
	 */
	private record Seed(String municipality, String category, ProblemStatus status, Author author, int supporters,
			String title, String description, String note) {
	}

	private static final List<String> PEOPLE = List.of("Кравцова Людмила Ивановна", "Тимофеев Роман Сергеевич",
			"Белова Наталья Викторовна", "Голубев Андрей Николаевич", "Сафонова Ирина Павловна",
			"Мельников Олег Юрьевич", "Фролова Галина Петровна", "Антонов Виктор Степанович",
			"Ершова Татьяна Михайловна", "Полякова Вера Алексеевна");

	private static final List<String> OFFICERS = List.of("Исаева Марина Олеговна", "Захаров Павел Игоревич",
			"Романова Елена Сергеевна", "Куликов Артём Владимирович");

	private static final String MUNICIPAL = "Иванова Мария Сергеевна";

	private static final String NGO_PERSON = "Соколова Анна Дмитриевна";

	private static final String NGO2_PERSON = "Морозов Денис Алексеевич";

	private static final List<Seed> SEEDS = List.of(
			// Всеволожский: new ones for the "municipal" account to moderate
			seed("Всеволожский", "PREMISES", ProblemStatus.NEW, Author.NGO, 0,
					"Нет помещения для занятий с пожилыми жителями в Сертолово",
					"С сентября дом культуры больше не предоставляет нам зал по вторникам и четвергам. Группа скандинавской ходьбы и кружок "
							+ "компьютерной грамотности — около сорока пенсионеров — собираются теперь по квартирам. Просим помочь найти "
							+ "помещение хотя бы на шесть часов в неделю.",
					null),
			seed("Всеволожский", "INFORMATION", ProblemStatus.NEW, Author.ORG, 0,
					"О районных конкурсах узнаём после окончания приёма заявок",
					"Объявления о конкурсах на субсидии публикуются только в разделе «Документы» на сайте администрации, рассылки нет. "
							+ "В этом году мы дважды опоздали с заявкой. Предлагаем завести рассылку для НКО района или канал в мессенджере.",
					null),
			seed("Всеволожский", "STAFF", ProblemStatus.NEW, Author.ORG, 0,
					"Добровольцам не на чем добираться до деревень района",
					"Волонтёры привозят продукты одиноким пожилым людям в Токсово, Лемболово и Васкелово. Своих машин у организации нет, "
							+ "рейсовые автобусы ходят два раза в день. Нужна помощь с транспортом хотя бы раз в неделю.",
					null),
			seed("Всеволожский", "AUTHORITIES", ProblemStatus.NEW, Author.ORG, 0,
					"Согласование уличных акций занимает больше месяца",
					"Письма о согласовании благотворительных ярмарок и уличных акций рассматриваются 30–45 дней, а такие мероприятия "
							+ "готовятся за две-три недели. Просим установить сокращённый срок согласования для социальных акций НКО.",
					null),
			seed("Всеволожский", "PREMISES", ProblemStatus.ACCEPTED, Author.ORG, 3,
					"Льготная аренда не действует для помещений в Кудрово",
					"Порядок льготной аренды распространяется только на помещения, закреплённые за администрацией района. Свободные "
							+ "помещения в Кудрово находятся у городского поселения, и льгота там не применяется. Просим согласовать единые "
							+ "условия для НКО во всём районе.",
					null),
			seed("Всеволожский", "FINANCE", ProblemStatus.IN_PLAN, Author.ORG, 2,
					"Нечем софинансировать проекты, получившие президентский грант",
					"Фонд президентских грантов ждёт собственного вклада организации. Небольшим НКО района трудно собрать даже 10 % "
							+ "стоимости проекта. Районная субсидия на софинансирование помогла бы не упускать выигранные гранты.",
					null),
			seed("Всеволожский", "INFORMATION", ProblemStatus.RESOLVED, Author.OFFICER, 1,
					"На сайте администрации нет раздела для НКО",
					"Сведения о конкурсах, консультациях и контактах для некоммерческих организаций разбросаны по разным разделам сайта, "
							+ "найти их трудно.",
					"Открыт раздел «Некоммерческим организациям»: конкурсы, контакты ответственного, новости и документы в одном месте."),
			seed("Всеволожский", "LEGAL", ProblemStatus.REJECTED, Author.NGO, 0,
					"Просим оплатить услуги юриста для перерегистрации устава",
					"Для приведения устава в соответствие с законом нам нужна консультация юриста, но средств на неё нет.",
					"Оплата услуг юриста для отдельной организации из бюджета района не предусмотрена. Бесплатную консультацию по уставу "
							+ "проводит ресурсный центр по средам — запишитесь через раздел «Консультации»."),
			// Выборгский
			seed("Выборгский", "PREMISES", ProblemStatus.NEW, Author.NGO2, 0,
					"Негде хранить инвентарь для экологических субботников",
					"Перчатки, мешки, грабли и пилы для уборки побережья хранятся у волонтёров дома. Нужна небольшая кладовая или "
							+ "контейнер рядом с парком Монрепо или в центре Выборга.",
					null),
			seed("Выборгский", "AUTHORITIES", ProblemStatus.ACCEPTED, Author.NGO2, 2,
					"Уборку береговой линии согласуют с тремя ведомствами",
					"Чтобы провести субботник на берегу Выборгского залива, нужны письма от администрации, лесничества и пограничной "
							+ "службы. Каждый раз это занимает больше месяца. Просим назначить в администрации одного координатора.",
					null),
			seed("Выборгский", "FINANCE", ProblemStatus.IN_PLAN, Author.ORG, 3,
					"Районная субсидия приходит только в декабре",
					"Деньги по итогам районного конкурса поступают в конце года, а проекты идут с весны. Организациям приходится "
							+ "работать в долг или переносить мероприятия.",
					null),
			seed("Выборгский", "STAFF", ProblemStatus.RESOLVED, Author.ORG, 2,
					"Нет обучения для руководителей небольших НКО",
					"Руководители новых организаций не знают, как готовить отчётность, вести бухгалтерию и писать заявки на гранты.",
					"Ресурсный центр провёл цикл из шести семинаров по управлению НКО в Выборге и Светогорске; записи выложены на сайте."),
			seed("Выборгский", "OTHER", ProblemStatus.REJECTED, Author.ORG, 0,
					"Просим отремонтировать здание нашей организации",
					"Крыша здания, где работает организация, протекает, нужен капитальный ремонт.",
					"Здание принадлежит организации, ремонт за счёт бюджета района невозможен. Рекомендуем подать заявку на областной "
							+ "конкурс субсидий по направлению «Сохранение исторического наследия»."),
			// Гатчинский
			seed("Гатчинский", "PREMISES", ProblemStatus.IN_PLAN, Author.ORG, 4,
					"В Коммунаре нет помещения для встреч общественных организаций",
					"В городе работают восемь НКО, но ни одна не может провести собрание больше чем на 15 человек. Школы и дом культуры "
							+ "предоставляют залы только под свои мероприятия.",
					null),
			seed("Гатчинский", "FINANCE", ProblemStatus.ACCEPTED, Author.ORG, 1,
					"Отчёт по субсидии требует документов, которых нет у малых НКО",
					"Для отчёта о субсидии просят акты и счета-фактуры даже за покупки на 500 рублей в магазине. Предлагаем упростить "
							+ "отчётность для небольших сумм.",
					null),
			seed("Гатчинский", "STAFF", ProblemStatus.RESOLVED, Author.ORG, 2,
					"Добровольцев не пускают в больницу без медицинской книжки",
					"Волонтёры, которые помогают пожилым пациентам, должны оформлять медицинскую книжку за свой счёт.",
					"Больница и центр здоровья договорились о бесплатном медосмотре для волонтёров по направлению организации."),
			seed("Гатчинский", "INFORMATION", ProblemStatus.NEW, Author.ORG, 0,
					"Афиша мероприятий НКО не попадает в городские новости",
					"Районная газета и сайт администрации не публикуют анонсы мероприятий некоммерческих организаций, даже бесплатных "
							+ "для жителей.",
					null),
			// Тосненский
			seed("Тосненский", "PREMISES", ProblemStatus.ACCEPTED, Author.ORG, 2,
					"Аренда зала для занятий с детьми-инвалидами выросла вдвое",
					"С нового года арендная плата за зал лечебной физкультуры выросла с 12 до 25 тысяч рублей в месяц. Родительская "
							+ "организация не может её платить, занятия для 18 детей под угрозой.",
					null),
			seed("Тосненский", "AUTHORITIES", ProblemStatus.IN_PLAN, Author.OFFICER, 1,
					"Общественный совет при администрации не собирается",
					"Совет по взаимодействию с НКО не собирался больше года, вопросы организаций решаются только по личным обращениям.",
					null),
			seed("Тосненский", "LEGAL", ProblemStatus.RESOLVED, Author.ORG, 0,
					"НКО не знают, как получить статус исполнителя общественно полезных услуг",
					"Организации готовы оказывать услуги, но не понимают, какие документы нужны для включения в реестр.",
					"Проведён семинар с Министерством юстиции, подготовлена памятка, консультации — в ресурсном центре."),
			// Кировский
			seed("Кировский", "PREMISES", ProblemStatus.IN_PLAN, Author.ORG, 2,
					"Музей Шлиссельбургской крепости не может принять волонтёров на зиму",
					"Волонтёрский отряд помогает с экскурсиями летом, а зимой ему негде собираться и готовиться к сезону.",
					null),
			seed("Кировский", "FINANCE", ProblemStatus.ACCEPTED, Author.ORG, 0,
					"Нет районного конкурса для молодёжных инициатив",
					"Молодёжные объединения без статуса юридического лица не могут участвовать ни в одном конкурсе района.",
					null),
			seed("Кировский", "INFORMATION", ProblemStatus.REJECTED, Author.ORG, 0,
					"Разместите нашу рекламу на остановках",
					"Просим бесплатно разместить плакаты о наборе в кружки организации на всех остановках города.",
					"Рекламные конструкции на остановках принадлежат подрядчику, администрация ими не распоряжается. Анонсы можно "
							+ "бесплатно публиковать в разделе для НКО на сайте района."),
			// Волховский
			seed("Волховский", "STAFF", ProblemStatus.IN_PLAN, Author.ORG, 3,
					"В Сясьстрое не хватает добровольцев для помощи многодетным семьям",
					"Организация собирает и развозит вещи и продукты, но добровольцев всего пятеро. Нужна помощь с привлечением "
							+ "студентов колледжа и школьников старших классов.",
					null),
			seed("Волховский", "PREMISES", ProblemStatus.RESOLVED, Author.ORG, 1,
					"Пункт выдачи гуманитарной помощи работает в неотапливаемом гараже",
					"Зимой выдавать вещи приходится на морозе, часть вещей портится от сырости.",
					"Организации передано в безвозмездное пользование помещение на первом этаже бывшей поликлиники."),
			seed("Волховский", "AUTHORITIES", ProblemStatus.NEW, Author.ORG, 0,
					"Нет ответа на заявку о предоставлении сквера для фестиваля",
					"Заявка на проведение семейного фестиваля в сквере у Волховской ГЭС подана два месяца назад, ответа нет.",
					null),
			// Лужский
			seed("Лужский", "PREMISES", ProblemStatus.ACCEPTED, Author.ORG, 2,
					"Краеведческий кружок лишился помещения в библиотеке",
					"Библиотека закрылась на ремонт на два года, кружок и архив организации переехали в квартиру руководителя.",
					null),
			seed("Лужский", "FINANCE", ProblemStatus.IN_PLAN, Author.ORG, 1,
					"Субсидия не покрывает расходы на бензин для поездок по деревням",
					"Расходы на топливо не признаются в отчёте, хотя без поездок помогать жителям отдалённых деревень невозможно.",
					null),
			seed("Лужский", "INFORMATION", ProblemStatus.RESOLVED, Author.OFFICER, 0,
					"Организации не знают о бесплатных консультациях",
					"На консультации ресурсного центра в Луге приходят один-два человека в месяц, хотя вопросов у НКО много.",
					"Сведения о консультациях разосланы всем НКО района и опубликованы в районной газете; посещаемость выросла втрое."),
			// Ломоносовский
			seed("Ломоносовский", "STAFF", ProblemStatus.ACCEPTED, Author.ORG, 1,
					"Некому вести бухгалтерию в сельских НКО",
					"В поселениях района нет бухгалтеров, готовых работать с некоммерческими организациями за небольшую плату.",
					null),
			seed("Ломоносовский", "PREMISES", ProblemStatus.NEW, Author.ORG, 0,
					"В Лебяжьем негде проводить занятия для ветеранов",
					"Клуб ветеранов собирался в здании администрации поселения, но его передают под МФЦ.", null),
			seed("Ломоносовский", "AUTHORITIES", ProblemStatus.IN_PLAN, Author.ORG, 2,
					"Нет плана встреч НКО с главами поселений",
					"Вопросы организаций на местах решаются случайно: встречи с главами поселений не проводятся.",
					null),
			// Кингисеппский
			seed("Кингисеппский", "PREMISES", ProblemStatus.IN_PLAN, Author.ORG, 2,
					"В Ивангороде нет помещения для занятий подростков",
					"Подростковый клуб занимается в спортивном зале школы только по выходным, в будни помещения нет.",
					null),
			seed("Кингисеппский", "FINANCE", ProblemStatus.RESOLVED, Author.ORG, 1,
					"Нет средств на оформление электронной подписи",
					"Для участия в конкурсах нужна электронная подпись, а её оформление стоит несколько тысяч рублей.",
					"Ресурсный центр оформляет подписи для НКО района бесплатно по договору с удостоверяющим центром."),
			seed("Кингисеппский", "OTHER", ProblemStatus.ACCEPTED, Author.ORG, 0,
					"Нет общественного транспорта до Усть-Луги по выходным",
					"Добровольцы не могут приезжать на экологические акции по выходным: автобусов нет.", null),
			// Киришский
			seed("Киришский", "FINANCE", ProblemStatus.ACCEPTED, Author.ORG, 2,
					"Предприятия города не знают, каким НКО можно помочь",
					"Крупные предприятия готовы поддерживать социальные проекты, но не знают организаций и их нужд.",
					null),
			seed("Киришский", "INFORMATION", ProblemStatus.IN_PLAN, Author.ORG, 1,
					"Нет единой площадки для анонсов мероприятий НКО",
					"Каждая организация сообщает о своих событиях сама, жители узнают о них случайно.", null),
			seed("Киришский", "STAFF", ProblemStatus.REJECTED, Author.ORG, 0,
					"Просим выделить ставку психолога для нашей организации",
					"Организации нужен штатный психолог для работы с семьями.",
					"Финансирование штатных должностей НКО из бюджета района не предусмотрено. Возможна субсидия на проект с привлечением "
							+ "психолога — конкурс объявляется в марте."),
			// Тихвинский
			seed("Тихвинский", "PREMISES", ProblemStatus.RESOLVED, Author.ORG, 3,
					"Городской совет ветеранов остался без помещения",
					"После продажи здания на улице Советской совету ветеранов негде принимать посетителей.",
					"Совету ветеранов предоставлен кабинет в здании центра социального обслуживания."),
			seed("Тихвинский", "AUTHORITIES", ProblemStatus.ACCEPTED, Author.ORG, 1,
					"Обращения НКО передаются из отдела в отдел",
					"На письмо о благоустройстве площадки для занятий с детьми мы получили три ответа из разных отделов, но решения нет.",
					null),
			seed("Тихвинский", "FINANCE", ProblemStatus.NEW, Author.ORG, 0,
					"Нет денег на призы для районных соревнований по шахматам",
					"Шахматный клуб проводит турниры для школьников, но призы покупаем на собственные взносы.", null),
			// Приозерский
			seed("Приозерский", "PREMISES", ProblemStatus.IN_PLAN, Author.ORG, 2,
					"Поисковому отряду негде хранить снаряжение",
					"Палатки, металлоискатели и лодки хранятся в гаражах участников; часть снаряжения портится.", null),
			seed("Приозерский", "LEGAL", ProblemStatus.ACCEPTED, Author.ORG, 0,
					"Сложно оформить пользование лесным участком для экотропы",
					"Для экологической тропы у Ладожского озера нужен договор пользования лесным участком, процедура непонятна.",
					null),
			seed("Приозерский", "STAFF", ProblemStatus.RESOLVED, Author.OFFICER, 1,
					"Волонтёрам нужна страховка для поисковых выездов",
					"Поисковые выезды проходят в лесу и на воде, но участники не застрахованы.",
					"Страхование волонтёров включено в расходы районной субсидии, полисы оформлены на 25 человек."),
			// Сосновоборский
			seed("Сосновоборский", "PREMISES", ProblemStatus.ACCEPTED, Author.ORG, 2,
					"Центр для особых детей занимается в квартире",
					"Занятия для детей с расстройствами аутистического спектра проходят в двухкомнатной квартире, очередь — 30 семей.",
					null),
			seed("Сосновоборский", "INFORMATION", ProblemStatus.IN_PLAN, Author.ORG, 1,
					"НКО не попадают в городской календарь событий",
					"В календарь на сайте города включают только мероприятия учреждений культуры.", null),
			seed("Сосновоборский", "FINANCE", ProblemStatus.NEW, Author.ORG, 0,
					"Гранты города не покрывают оплату аренды",
					"По условиям городского конкурса аренда помещения не может входить в смету проекта.", null),
			// Бокситогорский
			seed("Бокситогорский", "STAFF", ProblemStatus.ACCEPTED, Author.ORG, 1,
					"В Пикалёво некому вести кружки для пожилых",
					"Организация готова проводить занятия, но руководители кружков уезжают работать в Петербург.",
					null),
			seed("Бокситогорский", "PREMISES", ProblemStatus.IN_PLAN, Author.ORG, 0,
					"Зал для репетиций хора ветеранов без отопления",
					"Хор занимается в пристройке дома культуры, зимой температура не выше 12 градусов.", null),
			// Волосовский
			seed("Волосовский", "INFORMATION", ProblemStatus.ACCEPTED, Author.ORG, 0,
					"Нет интернета в сельском клубе, где работает организация",
					"Без интернета организация не может подавать отчёты и участвовать в онлайн-семинарах.", null),
			seed("Волосовский", "AUTHORITIES", ProblemStatus.RESOLVED, Author.ORG, 1,
					"Нет ответственного за работу с НКО в администрации",
					"Организации не знают, к кому обращаться по вопросам поддержки.",
					"Назначен ответственный за взаимодействие с НКО, контакты опубликованы на портале."),
			// Лодейнопольский
			seed("Лодейнопольский", "PREMISES", ProblemStatus.ACCEPTED, Author.ORG, 1,
					"Молодёжному центру отказали в продлении аренды",
					"Договор аренды помещения на проспекте Ленина не продлевают, других предложений нет.", null),
			seed("Лодейнопольский", "FINANCE", ProblemStatus.NEW, Author.ORG, 0,
					"Нет районной поддержки проектов по сохранению наследия",
					"Проекты по восстановлению часовен и памятных мест не подходят ни под одно направление районного конкурса.",
					null),
			// Подпорожский
			seed("Подпорожский", "STAFF", ProblemStatus.IN_PLAN, Author.ORG, 1,
					"Добровольцам негде пройти обучение первой помощи",
					"Ближайшие курсы первой помощи — в Петербурге, добираться пять часов.", null),
			seed("Подпорожский", "OTHER", ProblemStatus.RESOLVED, Author.ORG, 0,
					"Не хватает мест на районных праздниках для ярмарки НКО",
					"Организациям дают одно место на всех на празднике Дня района.",
					"На празднике выделена отдельная аллея НКО на 12 палаток."),
			// Сланцевский
			seed("Сланцевский", "PREMISES", ProblemStatus.ACCEPTED, Author.ORG, 1,
					"Общество инвалидов на втором этаже без лифта",
					"Членам общества на колясках трудно попасть в помещение на втором этаже, пандуса и подъёмника нет.",
					null),
			seed("Сланцевский", "FINANCE", ProblemStatus.REJECTED, Author.ORG, 0,
					"Просим вернуть взносы за участие в областном фестивале",
					"Организация оплатила участие в фестивале, но поездка не состоялась.",
					"Взносы перечислялись организатору фестиваля, а не администрации района; за возвратом обратитесь к организатору."));

	private final DirectoryManagement directory;

	private final ProblemWork problems;

	private final Clock clock;

	private final ProblemRepository repository;

	private final DemoData demo;

	DemoProblems(DirectoryManagement directory, ProblemWork problems, ProblemRepository repository, DemoData demo,
			Clock clock) {
		this.repository = repository;
		this.demo = demo;
		this.directory = directory;
		this.problems = problems;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(DemoData.PROBLEMS)
	void load() {
		this.demo.load("problems", () -> this.repository.count() == 0, this::create);
	}

	void create() {
		LocalDate today = LocalDate.now(this.clock);
		Map<String, MunicipalityRef> municipalities = this.directory.municipalities()
			.stream()
			.collect(Collectors.toMap(m -> m.name().split(" ")[0], Function.identity(), (a, b) -> a));
		List<OrganizationRef> organizations = this.directory.organizations();
		OrganizationRef ngo = organizations.stream().filter(o -> "4703012340".equals(o.inn())).findFirst().orElse(null);
		OrganizationRef ngo2 = organizations.stream()
			.filter(o -> "4704056780".equals(o.inn()))
			.findFirst()
			.orElse(null);
		int created = 0;
		for (int i = 0; i < SEEDS.size(); i++) {
			Seed seed = SEEDS.get(i);
			MunicipalityRef municipality = municipalities.get(seed.municipality());
			if (municipality == null) {
				continue;
			}
			List<OrganizationRef> local = organizations.stream()
				.filter(o -> o.municipalityId() != null && o.municipalityId() == municipality.id())
				.filter(o -> o != ngo && o != ngo2 && !"4703098760".equals(o.inn()))
				.sorted(Comparator.comparing(OrganizationRef::id))
				.toList();
			OrganizationRef author = switch (seed.author()) {
				case NGO -> ngo;
				case NGO2 -> ngo2;
				case OFFICER -> null;
				case ORG -> local.isEmpty() ? null : local.get(i % local.size());
			};
			String person = switch (seed.author()) {
				case NGO -> NGO_PERSON;
				case NGO2 -> NGO2_PERSON;
				case OFFICER -> officer(seed, i);
				case ORG -> PEOPLE.get(i % PEOPLE.size());
			};
			// new problems are recent; the others spread over the last two and a half
			// years
			Instant registered = seed.status() == ProblemStatus.NEW ? at(today.minusDays(2 + i % 9), 10 + i % 7)
					: at(today.minusDays(900 - i * 11L), 9 + i % 8);
			long id = this.problems.recordAsOf(municipality.id(), author == null ? null : author.id(), seed.category(),
					seed.title(), seed.description(), person, registered);
			String moderator = officer(seed, i);
			Instant step = registered;
			if (seed.status() == ProblemStatus.REJECTED) {
				this.problems.moveAsOf(id, ProblemStatus.REJECTED, moderator, seed.note(),
						step = step.plus(Duration.ofDays(9)));
			}
			else if (seed.status() != ProblemStatus.NEW) {
				this.problems.moveAsOf(id, ProblemStatus.ACCEPTED, moderator, null,
						step = step.plus(Duration.ofDays(6 + i % 10)));
				if (seed.status() == ProblemStatus.IN_PLAN || seed.status() == ProblemStatus.RESOLVED && i % 3 != 0) {
					this.problems.moveAsOf(id, ProblemStatus.IN_PLAN, moderator, null,
							step = step.plus(Duration.ofDays(35 + i % 20)));
				}
				if (seed.status() == ProblemStatus.RESOLVED) {
					this.problems.moveAsOf(id, ProblemStatus.RESOLVED, moderator, seed.note(),
							step = step.plus(Duration.ofDays(120 + i % 60)));
				}
			}
			List<OrganizationRef> candidates = local.stream().filter(o -> o != author).toList();
			List<OrganizationRef> chosen = new ArrayList<>();
			// the "ngo" account's organisation has joined the co-financing problem of its
			// own district
			if (ngo != null && seed.title().startsWith("Нечем софинансировать")) {
				chosen.add(ngo);
			}
			for (int s = 0; chosen.size() < seed.supporters() && s < candidates.size(); s++) {
				chosen.add(candidates.get((i + s) % candidates.size()));
			}
			for (int s = 0; s < chosen.size(); s++) {
				this.problems.supportAsOf(id, chosen.get(s).id(),
						chosen.get(s) == ngo ? NGO_PERSON : PEOPLE.get((i + s + 3) % PEOPLE.size()),
						registered.plus(Duration.ofDays(20 + s * 5L)));
			}
			created++;
		}
		log.info("Demo problems recorded: {}", created);
	}

	private static String officer(Seed seed, int i) {
		return seed.municipality().equals("Всеволожский") ? MUNICIPAL : OFFICERS.get(i % OFFICERS.size());
	}

	private Instant at(LocalDate day, int hour) {
		return day.atTime(hour, 15).atZone(this.clock.getZone()).toInstant();
	}

	private static Seed seed(String municipality, String category, ProblemStatus status, Author author, int supporters,
			String title, String description, String note) {
		return new Seed(municipality, category, status, author, supporters, title, description, note);
	}

}
