package org.verbatim.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.verbatim.index.Publications.publication;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.index.Publications;
import org.verbatim.model.Publication;
import org.verbatim.model.Turn;

class RecognizerTest {

  private final Recognizer recognizer = Recognizer.standard();

  private static Publication english(String title, String... paragraphs) {
    return publication(title).language("en").answer("Anna Korvel", paragraphs).build();
  }

  private static Publication russian(String title, String... paragraphs) {
    return publication(title).language("ru").answer("А.И.Корвель", paragraphs).build();
  }

  /** The id and the printed text of every mention, as {@code id=text}, in reading order. */
  private static List<String> found(List<Entity> entities, EntityType type) {
    return entities.stream().filter(e -> e.type() == type)
        .flatMap(e -> e.mentions().stream().map(m -> e.id() + "=" + m.text())).toList();
  }

  private static Entity entity(List<Entity> entities, String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(
        () -> new AssertionError("no " + id + " in " + entities.stream().map(Entity::id).toList()));
  }

  @Test
  void gives_sergey_lavrov_one_id_in_english_and_russian_and_by_initials() {
    List<Entity> en = recognizer.recognize(english("Talks in Hanoi",
        "Foreign Minister Sergey Lavrov will come to Hanoi."));
    List<Entity> ru = recognizer.recognize(russian("Переговоры в Ханое",
        "Министр иностранных дел России С.В.Лавров прибудет в Ханой. Сергей Лавров проведёт встречи."));
    assertThat(found(en, EntityType.PERSON)).containsExactly("person:sergey-lavrov=Sergey Lavrov");
    assertThat(found(ru, EntityType.PERSON)).containsExactly(
        "person:sergey-lavrov=С.В.Лавров", "person:sergey-lavrov=Сергей Лавров");
    assertThat(recognizer.person("С.В.Лавров", "ru").orElseThrow().id()).isEqualTo("person:sergey-lavrov");
    assertThat(recognizer.person("Sergey Lavrov", "en").orElseThrow().id()).isEqualTo("person:sergey-lavrov");
    assertThat(recognizer.person("Лавров", "ru").orElseThrow().id()).isEqualTo("person:sergey-lavrov");
    assertThat(recognizer.person("President of Russia Vladimir Putin", "en").orElseThrow().id())
        .isEqualTo("person:vladimir-putin");
    assertThat(recognizer.person("Question", "en")).isEmpty();
  }

  @Test
  void resolves_inflected_russian_surnames_to_the_person_named_in_full() {
    List<Entity> ru = recognizer.recognize(russian("Встреча",
        "Заместитель Министра иностранных дел Игорь Сабуров встретился с послом.",
        "Сабурову передали письмо. Мы ждём Сабурова. Встреча с Сабуровым прошла."));
    assertThat(found(ru, EntityType.PERSON)).containsExactly(
        "person:igor-saburov=Игорь Сабуров", "person:igor-saburov=Сабурову",
        "person:igor-saburov=Сабурова", "person:igor-saburov=Сабуровым");
    assertThat(entity(ru, "person:igor-saburov").name()).isEqualTo("Igor Saburov");
    List<Entity> lavrov = recognizer.recognize(russian("Заявление",
        "Вопрос Лаврову задали вчера. Слова Лаврова услышали. Мы говорили с Лавровым."));
    assertThat(found(lavrov, EntityType.PERSON)).containsExactly("person:sergey-lavrov=Лаврову",
        "person:sergey-lavrov=Лаврова", "person:sergey-lavrov=Лавровым");
  }

  @Test
  void keeps_the_post_the_page_gives_with_the_mention() {
    Recognition recognition = recognizer.analyse(english("Remarks",
        "Deputy Foreign Minister Ivan Petrov met the press. Later Petrov left."));
    assertThat(found(recognition.entities(), EntityType.PERSON))
        .containsExactly("person:ivan-petrov=Ivan Petrov", "person:ivan-petrov=Petrov");
    assertThat(recognition.posts()).hasSize(1);
    Post post = recognition.posts().get(0);
    assertThat(post.person()).isEqualTo("person:ivan-petrov");
    assertThat(post.post()).isEqualTo("Deputy Foreign Minister");
    assertThat(post.mention().text()).isEqualTo("Ivan Petrov");
  }

  @Test
  void knows_a_catalogue_person_by_the_family_name_written_first() {
    // the family name alone before the full name (the catalogue's), and after it (the page's)
    assertThat(found(recognizer.recognize(english("Visit",
        "President Xi arrived in Hanoi. President Xi Jinping met the press. Xi left.")),
        EntityType.PERSON)).containsExactly("person:xi-jinping=Xi",
        "person:xi-jinping=Xi Jinping", "person:xi-jinping=Xi");
  }

  @Test
  void an_acronym_the_page_spells_out_names_the_same_entity_wherever_it_is_printed() {
    List<Entity> en = recognizer.recognize(english("The NGF in Kazan",
        "The Northern Grain Forum (NGF) opens in Kazan.",
        "Delegates of the NGF met. The Harvest Summit (XYZ) ended; XYZ is no acronym of it."));
    assertThat(found(en, EntityType.EVENT)).containsExactly(
        "event:northern-grain-forum=NGF", "event:northern-grain-forum=Northern Grain Forum",
        "event:northern-grain-forum=NGF", "event:northern-grain-forum=NGF",
        "event:harvest-summit=Harvest Summit");
    assertThat(Scan.spells("FOCAC", "Forum on China-Africa Cooperation")).isTrue();
    assertThat(Scan.spells("ASEAN", "Association of Southeast Asian Nations")).isTrue();
    assertThat(Scan.spells("UN", "Security Council")).isFalse();
    assertThat(Scan.spells("SC", "Mission of Security Council")).isFalse(); // not from its start
  }

  @Test
  void a_speaker_label_in_capitals_with_a_surname_alone_is_the_person_the_text_names_in_full() {
    Publication page = publication("Department Press Briefing").language("en")
        .answer("MR HALVERSEN", "Good afternoon. Secretary of Defense Lena Brightwater arrives.")
        .question("QUESTION", "Was Spokesperson Tobias Halversen told?")
        .answer("MS OKAFOR", "He was.")
        .build();
    Recognition recognition = recognizer.analyse(page);
    assertThat(recognition.speakers()).containsEntry("MR HALVERSEN", "person:tobias-halversen")
        .containsEntry("MS OKAFOR", "person:okafor");
    assertThat(recognition.people()).extracting(Recognition.Person::name)
        .contains("Tobias Halversen", "Lena Brightwater", "Okafor");
    assertThat(entity(recognition.entities(), "person:lena-brightwater").mentions()).hasSize(1);
  }

  @Test
  void knows_wars_and_days_by_name_and_fairs_and_palaces_by_their_kind_word() {
    List<Entity> ru = recognizer.recognize(russian("Память",
        "Ветераны Великой Отечественной войны и годы холодной войны. С Днём Победы!"));
    assertThat(found(ru, EntityType.EVENT)).containsExactly(
        "event:great-patriotic-war=Великой Отечественной войны", "event:cold-war=холодной войны",
        "event:victory-day=Днём Победы");
    List<Entity> en = recognizer.recognize(english("Opening",
        "The Northern Timber Fair opened at the Amber Palace after World War II was recalled."));
    assertThat(found(en, EntityType.EVENT)).containsExactly(
        "event:northern-timber-fair=Northern Timber Fair", "event:second-world-war=World War II");
    assertThat(found(en, EntityType.PLACE)).containsExactly("place:amber-palace=Amber Palace");
  }

  @Test
  void a_states_formal_name_is_one_mention_of_the_country() {
    List<Entity> en = recognizer.recognize(english("Visits",
        "Delegations of the Kingdom of Spain, the Hashemite Kingdom of Jordan, the State of Qatar,"
            + " the Republic of the Philippines and the Swiss Confederation came. The Secretary of"
            + " State of the United States and the Union State of Russia and Belarus did not,"
            + " nor did the Russian State Duma."));
    assertThat(found(en, EntityType.COUNTRY)).containsExactly("country:ES=Kingdom of Spain",
        "country:JO=Hashemite Kingdom of Jordan", "country:QA=State of Qatar",
        "country:PH=Republic of the Philippines", "country:CH=Swiss Confederation",
        "country:US=United States", "country:RU=Russian");
    assertThat(found(en, EntityType.ORGANIZATION)).contains("organization:state-duma=State Duma");
    List<Entity> ru = recognizer.recognize(russian("Визиты",
        "Делегации Королевства Таиланд и Государства Катар прибыли."));
    assertThat(found(ru, EntityType.COUNTRY)).containsExactly(
        "country:TH=Королевства Таиланд", "country:QA=Государства Катар");
  }

  @Test
  void initials_of_two_latin_letters_and_surnames_the_dictionary_spells_with_yo() {
    // Ж is Zh and Е is Ye in Latin letters, yet neither is a given name; the dictionary spells
    // the surname Лихачёв with ё, the page with е
    Recognition recognition = recognizer.analyse(russian("Встреча",
        "Глава корпорации А.Е.Лихачевым встретился. Высказывания Жозепа Борреля и Ж.Борреля."));
    assertThat(found(recognition.entities(), EntityType.PERSON)).containsExactly(
        "person:likhachev=А.Е.Лихачевым", "person:josep-borrell=Жозепа Борреля",
        "person:josep-borrell=Ж.Борреля");
    assertThat(recognition.people()).filteredOn(p -> p.id().equals("person:likhachev"))
        .extracting(Recognition.Person::namedInFull).containsExactly(false);
  }

  @Test
  void links_participants_and_speakers_to_the_people_of_the_text() {
    Publication page = publication("Interview of Pavel Droganov").language("en")
        .participant("Pavel Droganov", "Special Envoy")
        .question("Question", "What did Droganov say?")
        .answer("Pavel Droganov", "Mr Droganov answers: Droganov agrees.")
        .build();
    Recognition recognition = recognizer.analyse(page);
    assertThat(recognition.participants()).containsEntry("Pavel Droganov", "person:pavel-droganov");
    assertThat(found(recognition.entities(), EntityType.PERSON)).containsExactly(
        "person:pavel-droganov=Pavel Droganov", "person:pavel-droganov=Droganov",
        "person:pavel-droganov=Droganov", "person:pavel-droganov=Droganov");
    // Mr is a form of address, no post
    assertThat(recognition.posts()).extracting(Post::post).containsExactly("Special Envoy");
  }

  @Test
  void finds_a_russian_given_name_in_latin_letters_before_a_russian_surname() {
    List<Entity> en = recognizer.recognize(english("Awards", "The award went to Andrey Kolosov."
        + " Ambassador Kolosov thanked Yury Demin, Maria Lapina and Alexei Tulin. Roman Catholics"
        + " met in the Alexander Garden. The research ship RRS Sir Igor Sechkin sailed."));
    assertThat(found(en, EntityType.PERSON)).containsExactly(
        "person:andrey-kolosov=Andrey Kolosov", "person:andrey-kolosov=Kolosov",
        "person:yuriy-demin=Yury Demin", "person:mariya-lapina=Maria Lapina",
        "person:aleksey-tulin=Alexei Tulin");
  }

  /** Asserts the posts {@code page} gives, in order, and its people as {@code id=text}. */
  private void assertPostsAndPeople(Publication page, List<String> posts, String... people) {
    Recognition recognition = recognizer.analyse(page);
    assertThat(recognition.posts()).extracting(Post::post).containsExactlyElementsOf(posts);
    assertThat(found(recognition.entities(), EntityType.PERSON)).containsExactly(people);
  }

  @Test
  void reads_a_russian_post_of_two_posts_whole() {
    assertPostsAndPeople(russian("Заявление",
        "Пресс-секретарь Президента Антон Величко и помощник президента Олег Сомов прибыли."),
        List.of("Пресс-секретарь Президента", "помощник президента"),
        "person:anton-velichko=Антон Величко", "person:oleg-somov=Олег Сомов");
  }

  @Test
  void gives_a_name_in_initials_the_post_before_it() {
    assertPostsAndPeople(russian("Визит",
        "Министр иностранных дел России А.И.Корвель встретился с Президентом Франции Э.Макроном."
        + " Minister of Foreign Affairs S. V. Drevin came too."),
        List.of("Министр иностранных дел России", "Президентом Франции",
            "Minister of Foreign Affairs"),
        "person:korvel=А.И.Корвель", "person:emmanuel-macron=Э.Макроном",
        "person:drevin=S. V. Drevin");
  }

  @Test
  void two_posts_joined_by_and_are_one_persons_post() {
    assertPostsAndPeople(english("Visit",
        "State Councilor and Foreign Minister Zhou Minghai arrived."),
        List.of("State Councilor and Foreign Minister"), "person:zhou-minghai=Zhou Minghai");
  }

  @Test
  void a_post_at_an_organisation_goes_on_after_pri() {
    assertPostsAndPeople(russian("Заседание",
        "Постоянный представитель России при ООН Т.К.Малышев выступил."),
        List.of("Постоянный представитель России при ООН"), "person:malyshev=Т.К.Малышев");
  }

  @Test
  void ends_a_russian_document_subject_at_a_post() {
    List<Entity> ru = recognizer.recognize(russian("Переговоры", "Обсудим выполнение Минских"
        + " договорённостей и Договора о нераспространении ядерного оружия с Государственным"
        + " секретарем США А.Ивановым."));
    assertThat(found(ru, EntityType.DOCUMENT)).containsExactly(
        "document:minsk-agreements=Минских договорённостей",
        "document:npt=Договора о нераспространении ядерного оружия");
    assertThat(found(ru, EntityType.PERSON)).containsExactly("person:ivanov=А.Ивановым");
  }

  @Test
  void knows_members_of_parliaments_by_their_posts() {
    assertPostsAndPeople(english("Hearing", "US Representative Dana Lee Kroll and Member of"
        + " Parliament Alan Drew spoke."), List.of("Representative", "Member of Parliament"),
        "person:dana-lee-kroll=Dana Lee Kroll", "person:alan-drew=Alan Drew");
  }

  @Test
  void finds_a_surname_of_two_words_whole() {
    List<Entity> en = recognizer.recognize(english("Talks", "We met Minister of Foreign Affairs"
        + " of Italy Marco Di Falco. Di Falco agreed, and my counterpart Marco Di Falco said so."));
    assertThat(found(en, EntityType.PERSON)).containsExactly(
        "person:marco-di-falco=Marco Di Falco", "person:marco-di-falco=Di Falco",
        "person:marco-di-falco=Marco Di Falco");
  }

  @Test
  void ends_a_post_at_its_country_when_a_name_follows() {
    List<Entity> en = recognizer.recognize(english("Talks", "We met Foreign Minister of the"
        + " Republic of Belarus Andrei Kovalyonok and Prime Minister of the Republic of Moldova"
        + " Ion Ceban. The Ministry of Foreign Affairs of the Republic of Belarus agreed."));
    assertThat(found(en, EntityType.PERSON)).containsExactly(
        "person:andrei-kovalyonok=Andrei Kovalyonok", "person:ion-ceban=Ion Ceban");
    assertThat(found(en, EntityType.COUNTRY)).containsExactly("country:BY=Republic of Belarus",
        "country:MD=Republic of Moldova");
    assertThat(found(en, EntityType.PLACE)).isEmpty();
    assertThat(found(en, EntityType.ORGANIZATION)).hasSize(1);
  }

  @Test
  void names_vietnam_the_same_in_every_language_and_spelling() {
    List<Entity> en = recognizer.recognize(english("Vietnam", "Viet Nam and Vietnamese friends."));
    assertThat(found(en, EntityType.COUNTRY)).containsExactly(
        "country:VN=Vietnam", "country:VN=Viet Nam", "country:VN=Vietnamese");
    assertThat(entity(en, "country:VN").name()).isEqualTo("Vietnam");
    List<Entity> ru = recognizer.recognize(russian("Вьетнам",
        "Мы поможем Вьетнаму. Мы были во Вьетнаме."));
    assertThat(found(ru, EntityType.COUNTRY)).containsExactly(
        "country:VN=Вьетнам", "country:VN=Вьетнаму", "country:VN=Вьетнаме");
    Publication french = publication("Le Viêt Nam et la Russie").language("fr").build();
    assertThat(found(recognizer.recognize(french), EntityType.COUNTRY))
        .containsExactly("country:VN=Viêt Nam", "country:RU=Russie");
    Publication chinese = publication("越南和俄罗斯").language("zh").build();
    assertThat(found(recognizer.recognize(chinese), EntityType.COUNTRY))
        .containsExactly("country:VN=越南", "country:RU=俄罗斯");
  }

  @Test
  void knows_the_adjectives_and_short_names_of_african_latin_american_and_european_states() {
    List<Entity> en = recognizer.recognize(english("Visit", "The Tanzanian and Kenyan delegations"
        + " met the ROK envoy, a Swedish diplomat and Peruvian officials."));
    assertThat(found(en, EntityType.COUNTRY)).containsExactly("country:TZ=Tanzanian",
        "country:KE=Kenyan", "country:KR=ROK", "country:SE=Swedish", "country:PE=Peruvian");
    List<Entity> ru = recognizer.recognize(russian("Визит",
        "Делегация танзанийской стороны встретилась со шведскими и эфиопскими коллегами."));
    assertThat(found(ru, EntityType.COUNTRY)).containsExactly("country:TZ=танзанийской",
        "country:SE=шведскими", "country:ET=эфиопскими");
  }

  @Test
  void knows_the_state_department_by_its_full_name_and_the_places_of_transnistria() {
    List<Entity> en = recognizer.recognize(english("Briefing – United States Department of State",
        "We watch Transnistria and urge Chisinau and Tiraspol to talk."));
    assertThat(found(en, EntityType.ORGANIZATION)).containsExactly(
        "organization:state-department=United States Department of State");
    assertThat(found(en, EntityType.PLACE)).containsExactly("place:transnistria=Transnistria",
        "place:chisinau=Chisinau", "place:tiraspol=Tiraspol");
    List<Entity> ru = recognizer.recognize(russian("Брифинг",
        "Ситуация в Приднестровье и позиция Тирасполя."));
    assertThat(found(ru, EntityType.PLACE)).containsExactly(
        "place:transnistria=Приднестровье", "place:tiraspol=Тирасполя");
  }

  @Test
  void knows_iraqi_kurdistan_and_the_barents_region_as_places() {
    List<Entity> en = recognizer.recognize(english("Briefing",
        "A vote in Iraqi Kurdistan and the Barents region’s forum."));
    assertThat(found(en, EntityType.PLACE)).containsExactly(
        "place:kurdistan=Iraqi Kurdistan", "place:barents-region=Barents region");
    assertThat(found(en, EntityType.COUNTRY)).isEmpty();
    List<Entity> ru = recognizer.recognize(russian("Брифинг",
        "Голосование в Иракском Курдистане и форум Баренцева региона."));
    assertThat(found(ru, EntityType.PLACE)).containsExactly(
        "place:kurdistan=Иракском Курдистане", "place:barents-region=Баренцева региона");
  }

  @Test
  void reads_both_states_of_a_russian_compound_adjective() {
    List<Entity> ru = recognizer.recognize(russian("Отношения",
        "российско-вьетнамские отношения развиваются"));
    assertThat(found(ru, EntityType.COUNTRY)).containsExactly(
        "country:RU=российско", "country:VN=вьетнамские");
    Mention vietnamese = entity(ru, "country:VN").mentions().get(0);
    assertThat(vietnamese.turn()).isEqualTo(1);
    assertThat(vietnamese.start()).isEqualTo(10);
    assertThat(vietnamese.end()).isEqualTo(21);
  }

  @Test
  void names_the_un_the_same_by_acronym_and_in_russian() {
    List<Entity> en = recognizer.recognize(english("At the UN", "The United Nations met."));
    List<Entity> ru = recognizer.recognize(russian("В ООН",
        "Вопрос обсудят в ООН. Организация Объединённых Наций готова. Мы обратились к Организации Объединенных Наций."));
    assertThat(found(en, EntityType.ORGANIZATION)).containsExactly(
        "organization:un=UN", "organization:un=United Nations");
    assertThat(found(ru, EntityType.ORGANIZATION)).containsExactly(
        "organization:un=ООН", "organization:un=ООН", "organization:un=Организация Объединённых Наций",
        "organization:un=Организации Объединенных Наций");
    assertThat(entity(ru, "organization:un").name()).isEqualTo("United Nations");
    assertThat(entity(ru, "organization:un").mentions().get(0))
        .isEqualTo(new Mention(0, 2, 5, "ООН"));
  }

  @Test
  void recognises_every_type_in_english_with_exact_offsets() {
    Publication page = english("Remarks at the Eastern Economic Forum in Vladivostok",
        "ASEAN and BRICS partners read Resolution 2231 and the Treaty on the Non-Proliferation of "
            + "Nuclear Weapons before the second US-North Korean summit.",
        "TASS asked about the Agreement on a Free Trade Area between Vietnam and the EAEU, "
            + "signed in St Petersburg, and the Normandy format.");
    List<Entity> entities = recognizer.recognize(page);
    assertThat(found(entities, EntityType.EVENT)).containsExactly(
        "event:eastern-economic-forum=Eastern Economic Forum",
        "event:us-north-korean-summit=US-North Korean summit");
    assertThat(found(entities, EntityType.PLACE)).containsExactly(
        "place:vladivostok=Vladivostok", "place:st-petersburg=St Petersburg");
    assertThat(found(entities, EntityType.ORGANIZATION)).containsExactly("organization:asean=ASEAN");
    assertThat(found(entities, EntityType.GROUP)).containsExactly(
        "group:brics=BRICS", "group:normandy-format=Normandy format");
    assertThat(found(entities, EntityType.DOCUMENT)).containsExactly(
        "document:resolution-2231=Resolution 2231",
        "document:npt=Treaty on the Non-Proliferation of Nuclear Weapons",
        "document:agreement-on-a-free-trade-area-between-vietnam-and-the-eaeu="
            + "Agreement on a Free Trade Area between Vietnam and the EAEU");
    assertThat(found(entities, EntityType.OUTLET)).containsExactly("outlet:tass=TASS");
    Turn turn = page.turns().get(0);
    String text = String.join("\n\n", turn.paragraphs());
    for (Entity entity : entities) {
      for (Mention mention : entity.mentions()) {
        String source = mention.turn() == 0 ? page.title() : text;
        assertThat(source.substring(mention.start(), mention.end())).isEqualTo(mention.text());
      }
    }
    Mention forum = entity(entities, "event:eastern-economic-forum").mentions().get(0);
    assertThat(forum).isEqualTo(new Mention(0, 15, 37, "Eastern Economic Forum"));
  }

  @Test
  void recognises_every_type_in_russian_in_its_inflected_forms() {
    Publication page = russian("Выступление на Восточном экономическом форуме во Владивостоке",
        "Партнёры по АСЕАН и БРИКС изучили резолюцию СБ ООН 2231 и Договор о нераспространении "
            + "ядерного оружия.",
        "ТАСС спросил о саммите БРИКС в Санкт-Петербурге и о Договоре о дружбе между Россией и Вьетнамом.");
    List<Entity> entities = recognizer.recognize(page);
    assertThat(found(entities, EntityType.EVENT)).containsExactly(
        "event:eastern-economic-forum=Восточном экономическом форуме",
        "event:sammit-briks=саммите БРИКС");
    assertThat(found(entities, EntityType.PLACE)).containsExactly(
        "place:vladivostok=Владивостоке", "place:st-petersburg=Санкт-Петербурге");
    assertThat(found(entities, EntityType.ORGANIZATION)).containsExactly("organization:asean=АСЕАН");
    assertThat(found(entities, EntityType.GROUP)).containsExactly("group:brics=БРИКС");
    assertThat(found(entities, EntityType.DOCUMENT)).containsExactly(
        "document:rezolyutsiya-sb-oon-2231=резолюцию СБ ООН 2231",
        "document:npt=Договор о нераспространении ядерного оружия",
        "document:dogovor-o-druzhba-mezhdu-rossiya-i-vyetnam=Договоре о дружбе между Россией и Вьетнамом");
    assertThat(found(entities, EntityType.OUTLET)).containsExactly("outlet:tass=ТАСС");
    assertThat(entity(entities, "place:vladivostok").mentions().get(0).turn()).isZero();
  }

  @Test
  void orders_entities_by_first_mention() {
    List<Entity> entities = recognizer.recognize(english("China", "Japan, then China and India."));
    assertThat(entities).extracting(Entity::id)
        .containsExactly("country:CN", "country:JP", "country:IN");
  }

  @Test
  void gives_the_us_its_russian_abbreviation_though_cldr_names_it_in_brackets_of_another_region() {
    List<Entity> ru = recognizer.recognize(russian("Заявление", "США и Внешние малые острова (США)."));
    assertThat(found(ru, EntityType.COUNTRY)).startsWith("country:US=США");
  }

  @Test
  void knows_a_family_first_name_by_its_family_name_later_on_the_page() {
    List<Entity> en = recognizer.recognize(english("Talks",
        "Wang Lihua met the delegation. Wang said the talks went well."));
    assertThat(found(en, EntityType.PERSON)).containsExactly(
        "person:wang-lihua=Wang Lihua", "person:wang-lihua=Wang");
    List<Entity> ru = recognizer.recognize(russian("Переговоры", "Ву Вьет Чан прибыл в Москву."));
    assertThat(found(ru, EntityType.PERSON)).containsExactly("person:vu-vyet-chan=Ву Вьет Чан");
  }

  @Test
  void reads_a_name_before_a_post_and_a_name_with_particles_after_one() {
    List<Entity> en = recognizer.recognize(english("Briefing",
        "Clara Ventimiglia, the Special Representative, met the Prime Minister of Belgium, Alexander de Croo.",
        "Mr. de Croo thanked her. Dear Colleagues, Mr Chairman, thank you."));
    assertThat(found(en, EntityType.PERSON)).containsExactly(
        "person:clara-ventimiglia=Clara Ventimiglia", "person:alexander-de-croo=Alexander de Croo",
        "person:alexander-de-croo=de Croo");
  }

  @Test
  void reads_a_full_name_with_republic_as_the_country_and_a_region_as_a_place() {
    List<Entity> en = recognizer.recognize(english("Visits",
        "Delegations of the Republic of Turkey, the Syrian Arab Republic and the Chuvash Republic met."));
    assertThat(found(en, EntityType.COUNTRY)).containsExactly(
        "country:TR=Republic of Turkey", "country:SY=Syrian Arab Republic");
    assertThat(found(en, EntityType.PLACE)).containsExactly("place:chuvash-republic=Chuvash Republic");
    List<Entity> ru = recognizer.recognize(russian("Визит",
        "Президент Азербайджанской Республики Ильхам Алиев посетил Чувашскую Республику."));
    assertThat(found(ru, EntityType.COUNTRY)).containsExactly("country:AZ=Азербайджанской Республики");
    assertThat(found(ru, EntityType.PERSON)).extracting(m -> m.substring(m.indexOf('=') + 1))
        .containsExactly("Ильхам Алиев");
  }

  @Test
  void a_name_goes_on_after_on_unless_what_follows_is_another_entity() {
    List<Entity> en = recognizer.recognize(english("Talks",
        "She attended the Coordinators' Meeting of the Forum on Vietnam-Laos Cooperation.",
        "She spoke at a meeting of the Security Council on Ukraine."));
    assertThat(en.stream().filter(e -> e.type() == EntityType.EVENT).map(Entity::name))
        .containsExactly("Coordinators' Meeting of the Forum on Vietnam-Laos Cooperation");
    assertThat(found(en, EntityType.ORGANIZATION)).containsExactly(
        "organization:unsc=Security Council");
    assertThat(found(en, EntityType.COUNTRY)).containsExactly("country:UA=Ukraine");
  }

  @Test
  void a_person_after_a_post_that_ends_in_a_body_is_named_after_its_kind_word() {
    Recognition recognition = recognizer.analyse(english("Briefing",
        "The Special Envoy and Coordinator of the Harbour Engagement Center Tomas Varga will"
            + " speak next."));
    assertThat(found(recognition.entities(), EntityType.PERSON))
        .containsExactly("person:tomas-varga=Tomas Varga");
    assertThat(recognition.posts()).singleElement().extracting(Post::post).isEqualTo(
        "Special Envoy and Coordinator of the Harbour Engagement Center");
  }

  @Test
  void knows_the_radio_stations_a_news_conference_is_broadcast_on() {
    List<Entity> en = recognizer.recognize(english("News conference", "It was broadcast by Mayak,"
        + " Vesti FM and Radio Rossii radio stations. Olga Bystrova, Mayak radio station."));
    assertThat(found(en, EntityType.OUTLET)).containsExactly("outlet:mayak=Mayak",
        "outlet:mayak=Mayak radio station", "outlet:vesti-fm=Vesti FM",
        "outlet:radio-rossii=Radio Rossii");
  }

  @Test
  void knows_outlets_whose_names_hold_a_country_or_a_place() {
    List<Entity> en = recognizer.recognize(english("Questions",
        "Questions came from France 24, Echo of Moscow, Voice of America and Paris Match."));
    List<Entity> ru = recognizer.recognize(russian("Вопросы",
        "Вопросы задали Франс 24, «Эхо Москвы» и «Голос Америки»."));
    List<String> ids = List.of("outlet:france-24", "outlet:ekho-moskvy",
        "outlet:voice-of-america", "outlet:paris-match");
    assertThat(en.stream().map(Entity::id)).containsExactlyElementsOf(ids);
    assertThat(ru.stream().map(Entity::id)).containsExactlyElementsOf(ids.subList(0, 3));
  }

  @Test
  void a_speakers_label_gives_the_post_before_the_name() {
    Recognition recognition = recognizer.analyse(publication("News conference").language("en")
        .answerLabelled("President of Norland Ivan Petrov", "Ivan Petrov", "Good afternoon.")
        .answerLabelled("Deputy Chief of Staff of the Presidential Executive Office – Presidential"
            + " Press Secretary Oleg Mirnov", "Oleg Mirnov", "Let us begin.")
        .answerLabelled("Ivan Petrov", "Ivan Petrov", "Thank you.")
        .answerLabelled("Dear Colleague Ivan Petrov", "Ivan Petrov", "Indeed.")
        .build());
    assertThat(recognition.posts()).extracting(Post::person, Post::post).containsExactly(
        tuple("person:ivan-petrov", "President of Norland"),
        tuple("person:oleg-mirnov", "Deputy Chief of Staff of the Presidential Executive Office"
            + " – Presidential Press Secretary"));
    Recognition russian = recognizer.analyse(publication("Пресс-конференция").language("ru")
        .answerLabelled("Пресс-секретарь Президента О.Мирнов", "О.Мирнов", "Начнём.").build());
    assertThat(russian.posts()).extracting(Post::post)
        .containsExactly("Пресс-секретарь Президента");
  }

  @Test
  void a_family_name_in_capitals_before_the_given_name_is_the_surname() {
    Recognition recognition = recognizer.analyse(
        publication("Press Conference by Foreign Minister KORENAGA Hiroto").language("en")
            .answer("Minister KORENAGA", "I spoke with Mr. SAWADA Kenji yesterday.",
                "Then SAWADA Kenji left, and Mr. WANG Lihua arrived.")
            .build());
    assertThat(found(recognition.entities(), EntityType.PERSON)).containsExactly(
        "person:hiroto-korenaga=KORENAGA Hiroto", "person:kenji-sawada=SAWADA Kenji",
        "person:kenji-sawada=SAWADA Kenji", "person:wang-lihua=WANG Lihua");
    assertThat(entity(recognition.entities(), "person:hiroto-korenaga").name())
        .isEqualTo("Hiroto Korenaga");
    assertThat(recognition.speakers()).containsEntry("Minister KORENAGA", "person:hiroto-korenaga");
  }

  @Test
  void a_capitalised_particle_before_the_surname_is_part_of_it() {
    Recognition recognition = recognizer.analyse(english("Talks",
        "We met His Excellency Pierre-Marc Le Garrec in Paris. Mr. Le Garrec agreed.",
        "Then Ambassador Alexander Van der Molen spoke; Van der Molen left."));
    assertThat(found(recognition.entities(), EntityType.PERSON)).containsExactly(
        "person:pierre-marc-le-garrec=Pierre-Marc Le Garrec",
        "person:pierre-marc-le-garrec=Le Garrec",
        "person:alexander-van-der-molen=Alexander Van der Molen",
        "person:alexander-van-der-molen=Van der Molen");
    assertThat(recognition.posts()).as("a form of address is no post").extracting(Post::post)
        .containsExactly("Ambassador");
  }

  @Test
  void reads_long_names_with_particles_and_an_editors_brackets_after_their_posts() {
    Recognition recognition = recognizer.analyse(publication("Briefing").language("en")
        .answer("Deputy Spokesman",
            "He met Crown Prince Faisal bin Nasser Al Hamdan, Deputy Crown Prince Omar bin Nasser"
                + " Al Hamdan and Minister for Foreign Affairs Adel Omar Al-Karimi.",
            "Vice President Khaled [Mahfoudh Abdullah] Bahri and Mr. [Rustam] Ozerov spoke.",
            "The briefing was by Farhan Rosli, Deputy Spokesman for the Secretary-General.")
        .build());
    assertThat(found(recognition.entities(), EntityType.PERSON)).containsExactly(
        "person:faisal-bin-nasser-al-hamdan=Faisal bin Nasser Al Hamdan",
        "person:omar-bin-nasser-al-hamdan=Omar bin Nasser Al Hamdan",
        "person:adel-omar-al-karimi=Adel Omar Al-Karimi",
        "person:khaled-mahfoudh-abdullah-bahri=Khaled [Mahfoudh Abdullah] Bahri",
        "person:rustam-ozerov=[Rustam] Ozerov",
        "person:farhan-rosli=Farhan Rosli");
    assertThat(recognition.posts()).extracting(Post::post).containsExactly("Crown Prince",
        "Deputy Crown Prince", "Minister for Foreign Affairs", "Vice President",
        "Deputy Spokesman");
    assertThat(recognition.speakers()).as("a label that is only a post names no one").isEmpty();
    assertThat(recognizer.analyse(publication("Briefing").language("en")
        .answer("MR KING", "Good afternoon.").build()).speakers())
        .as("a surname that is also a post").containsEntry("MR KING", "person:king");
  }

  @Test
  void russian_particles_begin_the_surname_after_initials_and_alone() {
    Recognition unknown = recognizer.analyse(russian("Заявление",
        "Министр иностранных дел Франции П.-М.Ле Гаррек заявил об этом."));
    assertThat(found(unknown.entities(), EntityType.PERSON))
        .containsExactly("person:le-garrek=П.-М.Ле Гаррек");
    assertThat(unknown.posts()).extracting(Post::post)
        .containsExactly("Министр иностранных дел Франции");
    List<Entity> known = recognizer.recognize(russian("Визит",
        "Министр иностранных дел Франции Ж.-И.Ле Дриан прибыл в Ханой. Ле Дриан провёл встречи.",
        "Председатель Еврокомиссии У.фон дер Ляйен тоже."));
    assertThat(found(known, EntityType.PERSON)).containsExactly(
        "person:jean-yves-le-drian=Ж.-И.Ле Дриан", "person:jean-yves-le-drian=Ле Дриан",
        "person:ursula-von-der-leyen=У.фон дер Ляйен");
  }

  @Test
  void reads_a_russian_name_in_the_gender_and_case_its_given_name_and_surname_agree_in() {
    List<Entity> men = recognizer.recognize(russian("Встреча",
        "Позиция Андрея Петрова известна. Слова Юрия Соколова и Ильи Новикова услышали.",
        "Мы говорили с Евгения Смирнова помощником. Визит Дмитрия Киселева прошёл."));
    assertThat(found(men, EntityType.PERSON)).as("the genitive of men's names").containsExactly(
        "person:andrey-petrov=Андрея Петрова", "person:yuriy-sokolov=Юрия Соколова",
        "person:ilya-novikov=Ильи Новикова", "person:yevgeniy-smirnov=Евгения Смирнова",
        "person:dmitriy-kiselev=Дмитрия Киселева");
    List<Entity> women = recognizer.recognize(russian("Брифинг",
        "Евгения Смирнова заявила об этом. Мы встретились с Евгенией Смирновой.",
        "Посол Валерия Громова прибыла. Позиция Анны Петровой ясна."));
    assertThat(found(women, EntityType.PERSON)).as("women's names, in every case")
        .containsExactly("person:yevgeniya-smirnova=Евгения Смирнова",
            "person:yevgeniya-smirnova=Евгенией Смирновой",
            "person:valeriya-gromova=Валерия Громова", "person:anna-petrova=Анны Петровой");
    assertThat(recognizer.person("Евгения Смирнова", "ru").orElseThrow().id())
        .as("a label names its speaker in the nominative")
        .isEqualTo("person:yevgeniya-smirnova");
    assertThat(found(recognizer.recognize(russian("Приём",
        "Министра Валерия Громова приняли в Москве.")), EntityType.PERSON))
        .as("after a post in the genitive").containsExactly("person:valeriy-gromov=Валерия Громова");
  }

  @Test
  void reads_a_russian_surname_after_initials_in_the_case_the_words_around_give() {
    assertThat(found(recognizer.recognize(russian("Визит",
        "Визит министра А.В.Кузьмина начался.")), EntityType.PERSON))
        .containsExactly("person:kuzmin=А.В.Кузьмина");
    assertThat(found(recognizer.recognize(russian("Брифинг",
        "Официальный представитель МИД А.В.Кузьмина ответила на вопросы.")), EntityType.PERSON))
        .containsExactly("person:kuzmina=А.В.Кузьмина");
    assertThat(found(recognizer.recognize(russian("Встреча",
        "Мы встретились с И.С.Ковалевой. Госпожа Ковалева согласилась.")), EntityType.PERSON))
        .as("a woman's surname in another case than the nominative")
        .containsExactly("person:kovaleva=И.С.Ковалевой", "person:kovaleva=Ковалева");
  }

  @Test
  void finds_a_catalogued_person_by_an_inflected_surname_of_the_russian_spelling() {
    List<Entity> ru = recognizer.recognize(russian("Вопрос о статье Борреля",
        "Статью Жозепа Борреля обсудили на встрече."));
    assertThat(found(ru, EntityType.PERSON)).as("Боррель is Borrell: the keys of both spellings")
        .containsExactly("person:josep-borrell=Борреля", "person:josep-borrell=Жозепа Борреля");
  }

  @Test
  void finds_russian_ministries_by_their_short_names_and_the_heads_named_after_them() {
    Recognition r = recognizer.analyse(russian("Совещание",
        "После доклада руководителя Минсельхоза Олега Зимина выступил глава Минпромторга Павел Редькин.",
        "В работе участвует Игорь Юрьевич Пономаренко из Минздрава."));
    assertThat(found(r.entities(), EntityType.ORGANIZATION)).containsExactly(
        "organization:minselkhoz-ru=Минсельхоза", "organization:minpromtorg-ru=Минпромторга",
        "organization:minzdrav-ru=Минздрава");
    assertThat(found(r.entities(), EntityType.PERSON)).as("a patronymic that is a surname too, then"
        + " a surname the dictionary does not know").containsExactly(
        "person:oleg-zimin=Олега Зимина", "person:pavel-redkin=Павел Редькин",
        "person:igor-ponomarenko=Игорь Юрьевич Пономаренко");
    assertThat(r.posts()).extracting(Post::post)
        .containsExactly("руководителя Минсельхоза", "глава Минпромторга");
  }

  @Test
  void reads_no_name_across_a_comma_unless_the_name_has_one() {
    List<Entity> en = recognizer.recognize(english("Remarks",
        "They came from Brazil, Russia, India, China and South Africa.",
        "The Russia-India-China format met too."));
    assertThat(found(en, EntityType.COUNTRY)).contains("country:RU=Russia", "country:IN=India",
        "country:CN=China");
    assertThat(found(en, EntityType.GROUP)).as("a list of states is no group")
        .containsExactly("group:ric=Russia-India-China");
    List<Entity> bracket = recognizer.recognize(english("Remarks",
        "The Association of Southeast Asian Nations (ASEAN) Plus Three met."));
    assertThat(found(bracket, EntityType.ORGANIZATION)).as("no name across a bracket")
        .containsExactly("organization:asean=Association of Southeast Asian Nations",
            "organization:asean=ASEAN");
    List<Entity> ru = recognizer.recognize(russian("Заявление", "Сотрудники Министерства"
        + " Российской Федерации по делам гражданской обороны, чрезвычайным ситуациям и"
        + " ликвидации последствий стихийных бедствий прибыли."));
    assertThat(found(ru, EntityType.ORGANIZATION)).as("a name written with a comma")
        .containsExactly("organization:mchs-ru=Министерства Российской Федерации по делам"
            + " гражданской обороны, чрезвычайным ситуациям и ликвидации последствий стихийных"
            + " бедствий");
  }

  @Test
  void gives_a_russian_name_in_other_romanisations_the_id_of_its_cyrillic_spelling() {
    List<Entity> en = recognizer.recognize(english("Statement",
        "Deputy Minister Yuri Kravets met Evgeny Lebedev, Dmitri Sorokin, Alexei Tulin,"
            + " Georgy Vyshinsky, Maria Lapina, Igor Semyonov and Mikhail Zhuravlyov."));
    List<Entity> ru = recognizer.recognize(russian("Заявление",
        "Заместитель Министра Юрий Кравец встретился с Евгением Лебедевым, Дмитрием Сорокиным,"
            + " Алексеем Тулиным, Георгием Вышинским, Марией Лапиной, Игорем Семёновым и"
            + " Михаилом Журавлёвым."));
    List<String> ids = List.of("person:yuriy-kravets", "person:yevgeniy-lebedev",
        "person:dmitriy-sorokin", "person:aleksey-tulin", "person:georgiy-vyshinskiy",
        "person:mariya-lapina", "person:igor-semenov", "person:mikhail-zhuravlev");
    assertThat(en.stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::id))
        .containsExactlyElementsOf(ids);
    assertThat(ru.stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::id))
        .containsExactlyElementsOf(ids);
    assertThat(entity(en, "person:igor-semenov").name()).as("shown as printed")
        .isEqualTo("Igor Semyonov");
  }

  @Test
  void ends_a_post_at_a_place_and_its_kind_or_at_a_russian_name_in_latin_letters() {
    Recognition r = recognizer.analyse(english("Meeting with Governor of Tver Region Igor Rudnev",
        "Minister of Health Natalia Orlova visited the hospital."));
    assertThat(found(r.entities(), EntityType.PERSON)).containsExactly(
        "person:igor-rudnev=Igor Rudnev", "person:nataliya-orlova=Natalia Orlova");
    assertThat(found(r.entities(), EntityType.PLACE)).containsExactly("place:tver-region=Tver Region");
    assertThat(r.posts()).extracting(Post::post)
        .containsExactly("Governor of Tver Region", "Minister of Health");
  }

  @Test
  void joins_two_posts_by_and_only_before_a_name() {
    Recognition r = recognizer.analyse(english("Remarks",
        "I met Minister Petrenko in Oslo and Chancellor Varin in Bergen.",
        "State Councilor and Foreign Minister Li Haoran came too."));
    assertThat(found(r.entities(), EntityType.PERSON)).containsExactly(
        "person:petrenko=Petrenko", "person:varin=Varin", "person:li-haoran=Li Haoran");
    assertThat(r.posts()).extracting(Post::post)
        .containsExactly("Minister", "Chancellor", "State Councilor and Foreign Minister");
  }

  @Test
  void gives_a_post_to_the_first_of_the_names_a_comma_parts() {
    Recognition r = recognizer.analyse(english("Remarks",
        "Intelligence Director Harold Pemberton, Quincy Adair and others worked on it."));
    assertThat(found(r.entities(), EntityType.PERSON))
        .containsExactly("person:harold-pemberton=Harold Pemberton");
    assertThat(r.posts()).extracting(Post::post).containsExactly("Director");
  }

  @Test
  void a_given_name_and_patronymic_name_the_person_they_address() {
    // the catalogue lists the full Russian name: in any case, and in BGN's Latin letters
    assertThat(found(recognizer.recognize(russian("Список", "Сергей Викторович. Сергея Викторовича.")),
        EntityType.PERSON)).containsExactly("person:sergey-lavrov=Сергей Викторович",
        "person:sergey-lavrov=Сергея Викторовича");
    assertThat(found(recognizer.recognize(english("List", "Sergey Viktorovich.")),
        EntityType.PERSON)).containsExactly("person:sergey-lavrov=Sergey Viktorovich");
    // the page names the person in full, or by the same initials
    Recognition full = recognizer.analyse(publication("Интервью").language("ru")
        .answer("Игорь Кравцов", "Добрый день.")
        .question("Вопрос", "Игорь Семёнович, что дальше? И что скажет Олег Семёнович?")
        .build());
    assertThat(found(full.entities(), EntityType.PERSON)).containsExactly(
        "person:igor-kravtsov=Игорь Семёнович", "person:oleg-semenovich=Олег Семёнович");
    assertThat(found(recognizer.recognize(russian("Заявление",
        "Ждём Дмитрия Юрьевича Пономарёва. Дмитрий Евгеньевич, спасибо.")), EntityType.PERSON))
        .as("another patronymic: someone else").containsExactly(
            "person:dmitriy-ponomarev=Дмитрия Юрьевича Пономарёва",
            "person:dmitriy-yevgenyevich=Дмитрий Евгеньевич");
    Recognition initials = recognizer.analyse(publication("Интервью").language("ru")
        .answer("А.Ю.Петренко", "Добрый день.")
        .question("Вопрос", "Андрей Юрьевич, что дальше?")
        .build());
    assertThat(found(initials.entities(), EntityType.PERSON))
        .containsExactly("person:andrey-petrenko=Андрей Юрьевич");
    assertThat(initials.speakers()).containsEntry("А.Ю.Петренко", "person:andrey-petrenko");
  }

  @Test
  void a_country_before_a_bodys_name_is_no_part_of_it_and_a_numeral_keeps_its_capitals() {
    List<Entity> en = recognizer.recognize(english("Remarks",
        "A report on the US Central Intelligence Agency came out. King Harald IV of Norland came."));
    assertThat(en.stream().map(Entity::id)).containsExactly("country:US", "organization:cia",
        "person:harald-iv");
    assertThat(entity(en, "person:harald-iv").name()).isEqualTo("Harald IV");
  }

  @Test
  void a_post_ends_at_a_portfolio_or_a_country_and_cldr_names_are_spelled_out() {
    Recognition r = recognizer.analyse(english("Talks",
        "Talks with Secretary of Foreign Affairs Luis Ortega Vidal of Norland and Republic of"
            + " Macedonia Prime Minister Petar Kovach in Bosnia and Herzegovina and Saint Lucia.",
        "Then Trade Minister Ivo Karsten spoke."));
    assertThat(r.entities().stream().map(e -> e.id() + "=" + e.name())).containsExactly(
        "person:luis-ortega-vidal=Luis Ortega Vidal", "country:MK=North Macedonia",
        "person:petar-kovach=Petar Kovach", "country:BA=Bosnia and Herzegovina",
        "country:LC=Saint Lucia", "person:ivo-karsten=Ivo Karsten");
    assertThat(r.posts()).extracting(Post::post)
        .containsExactly("Secretary of Foreign Affairs", "Prime Minister", "Trade Minister");
  }

  @Test
  void a_post_after_a_name_and_a_comma_is_theirs_not_the_next_names() {
    Recognition r = recognizer.analyse(english("Remarks",
        "Wang Lei, Permanent Representative of Norway, Richard Holm, Deputy Permanent"
            + " Representative of Sweden, and Olga Varga, Permanent Representative of Ukraine,"
            + " spoke."));
    assertThat(r.posts()).extracting(Post::person, Post::post).doesNotContain(
        org.assertj.core.groups.Tuple.tuple("person:richard-holm",
            "Permanent Representative of Norway"),
        org.assertj.core.groups.Tuple.tuple("person:richard-holm", "Representative of Norway"),
        org.assertj.core.groups.Tuple.tuple("person:olga-varga",
            "Deputy Permanent Representative of Sweden"));
    assertThat(r.posts()).extracting(Post::person, Post::post).contains(
        org.assertj.core.groups.Tuple.tuple("person:wang-lei", "Permanent Representative"),
        org.assertj.core.groups.Tuple.tuple("person:richard-holm",
            "Deputy Permanent Representative"));
  }

  @Test
  void knows_the_names_of_the_catalogue_in_british_and_american_spelling() {
    List<Entity> en = recognizer.recognize(english("Remarks",
        "The World Health Organisation, the Organisation for Security and Cooperation in Europe"
            + " and the Collective Security Treaty Organization met."));
    assertThat(en.stream().map(Entity::id)).containsExactly("organization:who",
        "organization:osce", "organization:csto");
  }

  @Test
  void a_mention_that_opens_a_quote_ends_with_it() {
    List<Entity> ru = recognizer.recognize(russian("Повестка",
        "Делегация прибыла на форум «Один пояс, один путь» в Ново-Огарёво; инициатива «Пояс и путь»."));
    assertThat(ru.stream().flatMap(e -> e.mentions().stream().map(m -> e.id() + "=" + m.text())))
        .containsExactly("event:belt-and-road-forum=форум «Один пояс, один путь»",
            "place:novo-ogaryovo=Ново-Огарёво",
            "document:belt-and-road-initiative=инициатива «Пояс и путь»");
  }

  @Test
  void knows_parliaments_and_armed_groups_in_english_and_russian() {
    List<Entity> en = recognizer.recognize(english("Agenda",
        "The Verkhovna Rada, the Bundestag, Al-Qaeda and al-Qaeda, Jabhat al-Nusra."));
    List<Entity> ru = recognizer.recognize(russian("Повестка",
        "Депутаты Верховной Рады и Бундестага; аль-Каиду и Джебхат ан-Нусра."));
    assertThat(en.stream().map(Entity::id)).containsExactly("organization:verkhovna-rada",
        "organization:bundestag", "organization:al-qaeda", "organization:jabhat-al-nusra");
    assertThat(ru.stream().map(Entity::id)).containsExactly("organization:verkhovna-rada",
        "organization:bundestag", "organization:al-qaeda", "organization:jabhat-al-nusra");
    List<Entity> groups = recognizer.recognize(russian("Повестка",
        "Страны АСЕАН+3, члены Движения неприсоединения; Группа 77."));
    assertThat(groups.stream().map(Entity::id)).containsExactly("group:asean-plus-three",
        "group:non-aligned-movement", "group:group-of-77");
  }

  @Test
  void knows_foreign_officials_of_the_catalogue_in_english_and_russian_spellings() {
    List<Entity> en = recognizer.recognize(english("Agenda",
        "Meetings with Hakan Fidan, Fumio Kishida and Emmanuel Macron."));
    List<Entity> ru = recognizer.recognize(russian("Повестка",
        "Встречи с Хаканом Фиданом, Фумио Кисидой и Эммануэлем Макроном."));
    List<String> ids = List.of("person:hakan-fidan", "person:fumio-kishida",
        "person:emmanuel-macron");
    assertThat(en.stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::id))
        .containsExactlyElementsOf(ids);
    assertThat(found(ru, EntityType.PERSON)).as("inflected names the dictionary does not know,"
        + " or knows as other words").containsExactly("person:hakan-fidan=Хаканом Фиданом",
        "person:fumio-kishida=Фумио Кисидой", "person:emmanuel-macron=Эммануэлем Макроном");
  }
}
