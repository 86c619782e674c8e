package org.verbatim.generate;

import java.util.List;

/**
 * The vocabulary of one language: phrases that fit the slots of sentence templates. Written for
 * this project; the sentences they make are synthetic and attributed only to invented people.
 *
 * <p>Slots in templates: {@code {s}} subject ({@code {S}} capitalised), {@code {v}} verb phrase
 * agreeing with every subject, {@code {o}} object, {@code {a}} adverbial ({@code {A}}
 * capitalised), {@code {c}} a country ({@code {cg}} genitive, {@code {cp}} prepositional,
 * {@code {ci}} instrumental in Russian), {@code {in}} "in a city", {@code {n}} a small and
 * {@code {N}} a large number.
 */
record Words(
    List<String> subjects,
    List<String> verbs,
    List<String> objects,
    List<String> adverbials,
    List<String> statements,
    List<String> questions,
    List<String> headings,
    List<String> insertions,
    List<Country> countries,
    List<Place> places,
    List<Integer> smallNumbers,
    List<Integer> largeNumbers,
    String answersHeading,
    String fromAnswersHeading,
    String listIntroduction) {

  /** An invented country, in the cases the templates need. */
  record Country(String name, String genitive, String prepositional, String instrumental) {}

  /** A real city as a place: its name for titles, and "in the city" for sentences. */
  record Place(String name, String in) {}

  private static Country en(String name) {
    return new Country(name, name, name, name);
  }

  private static Country ru(String stem) {
    return new Country(stem + "ия", stem + "ии", stem + "ии", stem + "ией");
  }

  static final Words ENGLISH = new Words(
      List.of("our countries", "the two ministries", "our partners in {cp}", "the working groups",
          "the delegations", "experts on both sides", "we", "the regional organisations",
          "our embassies", "the members of the commission", "the parliaments of our countries",
          "young researchers", "the business communities of {c} and our country"),
      List.of("have agreed to expand", "continue to discuss", "are ready to support",
          "intend to review", "will soon present", "have already launched",
          "are working to strengthen", "must not neglect", "plan to resume",
          "would like to develop", "are prepared to finance", "regularly assess",
          "highly appreciate", "are studying"),
      List.of("cooperation in renewable energy", "the cultural exchange programme",
          "trade in agricultural goods", "joint research on the climate of the Arctic",
          "the dialogue on water security", "direct flights between our capitals",
          "the teaching of languages in schools", "consultations on regional security",
          "a new agreement on fisheries", "the protection of historical monuments",
          "visa facilitation for students", "investment in port infrastructure",
          "the fight against forest fires", "scientific contacts between universities",
          "tourist exchanges", "projects in public health", "humanitarian cooperation",
          "the exchange of experience in education", "the restoration of railway links",
          "joint film festivals", "the monitoring of glaciers", "safe navigation on the river"),
      List.of("this year", "in the coming months", "at the regional level", "without delay",
          "on a mutually beneficial basis", "step by step", "as agreed last autumn", "{in}",
          "despite all the difficulties", "together with our neighbours",
          "within the agreed timeframe", "in a calm and professional manner"),
      List.of("{S} {v} {o} {a}.", "{S} {v} {o} {a}.", "{S} {v} {o}.", "{A}, {s} {v} {o}.",
          "I would like to stress that {s} {v} {o}.", "As far as I know, {s} {v} {o} {a}.",
          "This is why {s} {v} {o}.", "{c} has always been a reliable partner in this area.",
          "There are no simple solutions here, and we understand this very well.",
          "We see good prospects for {o}.",
          "The next round of consultations will take place {in} this autumn.",
          "Trade between our countries grew by {n} per cent last year.",
          "More than {N} students from {c} study at our universities.",
          "We hope that {s} {v} {o} {a}.", "It is important that {s} {v} {o}.",
          "Nobody benefits from a new round of tension.",
          "Our country’s position on {o} remains unchanged.",
          "Let me repeat that {s} {v} {o}, and this is not a secret.",
          "{c}’s proposals on {o} deserve careful attention."),
      List.of("How do you assess {o}?", "What do you expect from the talks {in}?",
          "Will {c} take part in {o}?", "Is there any progress on {o}?",
          "When do you expect a decision on {o}?", "Could you comment on the situation in {cp}?",
          "What are the main obstacles to {o}?", "Do you think that {s} {v} {o} {a}?",
          "Why did the talks {in} take so long?", "Is {c} ready to support {o}?"),
      List.of("On the upcoming visit of the Foreign Minister of {c}", "On the situation in {cp}",
          "On the international forum on water security {in}",
          "On the exhibition of crafts from {c} {in}",
          "On consular assistance to our citizens in {cp}",
          "On the results of consultations on Arctic research",
          "On the anniversary of diplomatic relations with {ci}",
          "On the humanitarian situation in {cp}", "On {o}",
          "Regarding the new visa rules of {cg}", "On the week of {c}’s cinema {in}"),
      List.of("[environment]", "[of the]", "[in {cp}]", "[the agreement]", "[the ministers]",
          "[inaudible]", "[the talks]", "[regional]"),
      List.of(en("Lorvania"), en("Vesperia"), en("Aldoria"), en("Marovia"), en("Talvenia"),
          en("Sarnovia"), en("Quenlandia"), en("Belmoria")),
      List.of(new Place("Moscow", "in Moscow"), new Place("Geneva", "in Geneva"),
          new Place("Vienna", "in Vienna"), new Place("Lisbon", "in Lisbon"),
          new Place("Oslo", "in Oslo"), new Place("Hanoi", "in Hanoi"),
          new Place("Nairobi", "in Nairobi"), new Place("Ankara", "in Ankara"),
          new Place("Jakarta", "in Jakarta")),
      List.of(5, 6, 7, 8, 9, 11, 12, 15, 16, 18, 19, 20),
      List.of(300, 450, 600, 1200, 2500, 4000),
      "Answers to media questions",
      "From answers to media questions",
      "The main points of our discussion were as follows:");

  static final Words RUSSIAN = new Words(
      List.of("наши страны", "оба министерства", "наши партнёры в {cp}", "рабочие группы",
          "делегации", "эксперты обеих сторон", "региональные организации", "наши посольства",
          "члены комиссии", "парламенты наших стран", "молодые учёные",
          "деловые круги {cg} и нашей страны"),
      List.of("договорились расширять", "продолжают обсуждать", "готовы поддержать",
          "намерены пересмотреть", "активно развивают", "уже начали реализовывать",
          "планируют возобновить", "хотели бы развивать", "готовы финансировать",
          "регулярно обсуждают", "внимательно изучают", "высоко оценивают"),
      List.of("сотрудничество в области возобновляемой энергетики", "программу культурных обменов",
          "торговлю сельскохозяйственной продукцией", "совместные исследования климата Арктики",
          "диалог по вопросам водной безопасности", "прямое авиасообщение между столицами",
          "преподавание языков в школах", "консультации по региональной безопасности",
          "новое соглашение о рыболовстве", "защиту исторических памятников",
          "упрощение визового режима для студентов", "инвестиции в портовую инфраструктуру",
          "борьбу с лесными пожарами", "научные контакты между университетами",
          "туристические обмены", "проекты в области здравоохранения",
          "гуманитарное сотрудничество", "обмен опытом в сфере образования",
          "восстановление железнодорожного сообщения", "совместные кинофестивали",
          "наблюдение за ледниками"),
      List.of("в этом году", "в ближайшие месяцы", "на региональном уровне", "без промедления",
          "на взаимовыгодной основе", "шаг за шагом", "как было условлено прошлой осенью", "{in}",
          "несмотря на все трудности", "вместе с нашими соседями", "в согласованные сроки",
          "спокойно и профессионально"),
      List.of("{S} {v} {o} {a}.", "{S} {v} {o} {a}.", "{S} {v} {o}.", "{A} {s} {v} {o}.",
          "Хотел бы подчеркнуть, что {s} {v} {o}.", "Насколько мне известно, {s} {v} {o} {a}.",
          "Именно поэтому {s} {v} {o}.", "{c} всегда была надёжным партнёром в этой сфере.",
          "Простых решений здесь нет, и мы это хорошо понимаем.",
          "Мы видим хорошие перспективы для дальнейшей работы.",
          "Следующий раунд консультаций пройдёт {in} этой осенью.",
          "Товарооборот между нашими странами вырос в прошлом году на {n} процентов.",
          "Более {N} студентов из {cg} учатся в наших университетах.",
          "Надеемся, что {s} {v} {o} {a}.", "Важно, что {s} {v} {o}.",
          "Новый виток напряжённости никому не выгоден.",
          "Повторю, что {s} {v} {o}, и это не секрет.",
          "Предложения {cg} заслуживают самого внимательного изучения."),
      List.of("Как Вы оцениваете {o}?", "Чего Вы ожидаете от переговоров {in}?",
          "Есть ли прогресс в этом вопросе?", "Когда можно ожидать решения по этому вопросу?",
          "Не могли бы Вы прокомментировать ситуацию в {cp}?",
          "Какие препятствия Вы видите на этом пути?", "Считаете ли Вы, что {s} {v} {o} {a}?",
          "Примет ли {c} участие в этой работе?", "Почему переговоры {in} так затянулись?"),
      List.of("О предстоящем визите Министра иностранных дел {cg}", "О ситуации в {cp}",
          "О международном форуме по водной безопасности {in}",
          "О выставке ремёсел {cg} {in}", "О консульской помощи нашим гражданам в {cp}",
          "Об итогах консультаций по арктическим исследованиям",
          "О годовщине установления дипломатических отношений с {ci}",
          "О гуманитарной ситуации в {cp}", "О новых визовых правилах {cg}",
          "О неделе кино {cg} {in}"),
      List.of("[окружающей среды]", "[соглашения]", "[в {cp}]", "[неразборчиво]", "[министров]",
          "[переговоров]", "[региональных]"),
      List.of(ru("Лорван"), ru("Веспер"), ru("Алдор"), ru("Маров"), ru("Талвен"),
          ru("Сарнов"), ru("Квенланд"), ru("Белмор")),
      List.of(new Place("Москва", "в Москве"), new Place("Женева", "в Женеве"),
          new Place("Вена", "в Вене"), new Place("Лиссабон", "в Лиссабоне"),
          new Place("Осло", "в Осло"), new Place("Ханой", "в Ханое"),
          new Place("Найроби", "в Найроби"), new Place("Анкара", "в Анкаре"),
          new Place("Джакарта", "в Джакарте")),
      List.of(5, 6, 7, 8, 9, 11, 12, 15, 16, 18, 19, 20),
      List.of(300, 450, 600, 1200, 2500, 4000),
      "Ответы на вопросы СМИ",
      "Из ответов на вопросы СМИ",
      "Основные итоги нашей беседы сводятся к следующему:");

  static Words of(Lang lang) {
    return lang == Lang.EN ? ENGLISH : RUSSIAN;
  }
}
