package org.verbatim.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.index.Publications.publication;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Publication;

/** People learned from one page name the surname alone on another. */
class KnownPeopleTest {

  private final Recognizer recognizer = Recognizer.standard();

  private static Publication english(String... paragraphs) {
    return publication("Briefing").language("en").answer("Anna Korvel", paragraphs).build();
  }

  private static Publication russian(String... paragraphs) {
    return publication("Брифинг").language("ru").answer("А.И.Корвель", paragraphs).build();
  }

  private static List<String> people(Recognition recognition) {
    return recognition.entities().stream().filter(e -> e.type() == EntityType.PERSON)
        .flatMap(e -> e.mentions().stream().map(m -> e.id() + "=" + m.text())).toList();
  }

  /** Learns everyone {@code page} names in full, as an archive does when it stores the page. */
  private KnownPeople learnedFrom(Publication... pages) {
    KnownPeople known = new KnownPeople();
    for (Publication page : pages) {
      for (Recognition.Person person : recognizer.analyse(page).people()) {
        if (person.namedInFull()) {
          known.learn(person.id(), person.name());
        }
      }
    }
    return known;
  }

  @Test
  void a_page_tells_who_it_names_in_full_and_the_posts_it_gives_them() {
    Recognition first = recognizer.analyse(english(
        "Deputy Foreign Minister Anton Velikov met the delegation; Velikov spoke first."));

    assertThat(first.people()).containsExactlyInAnyOrder(
        new Recognition.Person("person:anna-korvel", "Anna Korvel", true, List.of()),
        new Recognition.Person("person:anton-velikov", "Anton Velikov", true,
            List.of("Deputy Foreign Minister")));
  }

  @Test
  void a_surname_alone_names_the_person_met_in_full_on_an_earlier_page_in_either_language() {
    KnownPeople known = learnedFrom(english(
        "Deputy Foreign Minister Anton Velikov met the delegation."));
    Publication later = english("As Deputy Minister Velikov said, the talks go on.",
        "We agree with Velikov.");
    Publication russian = russian("Замминистра Великов провёл встречу. Мы передали Великову письмо.");

    assertThat(people(recognizer.analyse(later))).doesNotContain(
        "person:anton-velikov=Velikov");
    assertThat(people(recognizer.analyse(later, known))).containsExactly(
        "person:anton-velikov=Velikov", "person:anton-velikov=Velikov");
    assertThat(people(recognizer.analyse(russian, known))).containsExactly(
        "person:anton-velikov=Великов", "person:anton-velikov=Великову");
    assertThat(recognizer.person("Velikov", known).orElseThrow().id())
        .isEqualTo("person:anton-velikov");
  }

  @Test
  void a_feminine_surname_in_russian_finds_the_woman_met_in_english() {
    KnownPeople known = learnedFrom(english("Spokeswoman Irina Stepnova commented."));

    assertThat(people(recognizer.analyse(russian("Мы согласны со Степновой.",
        "Слово Ирине Степновой."), known)))
        .allMatch(found -> found.startsWith("person:irina-stepnova="))
        .hasSize(2);
  }

  @Test
  void a_surname_two_known_people_share_names_neither() {
    KnownPeople known = learnedFrom(english("Ambassador Oleg Marnov arrived."),
        english("Minister Pavel Marnov left."));

    assertThat(people(recognizer.analyse(english("We thank Marnov."), known)))
        .noneMatch(found -> found.startsWith("person:oleg-marnov")
            || found.startsWith("person:pavel-marnov"));
  }

  @Test
  void initials_that_disagree_name_someone_else() {
    KnownPeople known = learnedFrom(english("Deputy Minister Anton Velikov met them."));

    assertThat(recognizer.person("B. Velikov", known).orElseThrow().id())
        .isNotEqualTo("person:anton-velikov");
    assertThat(recognizer.person("A. Velikov", known).orElseThrow().id())
        .isEqualTo("person:anton-velikov");
  }

  @Test
  void a_word_that_begins_a_sentence_is_not_taken_for_a_learned_surname() {
    KnownPeople known = learnedFrom(english("Adviser Grace Young spoke."));

    assertThat(people(recognizer.analyse(english("Young people asked questions."), known)))
        .isEmpty();
    assertThat(people(recognizer.analyse(english("We met Young in May."), known)))
        .containsExactly("person:grace-young=Young");
  }

  @Test
  void another_given_name_with_a_known_persons_surname_is_someone_else() {
    Recognition page = recognizer.analyse(russian(
        "Министр иностранных дел Сергей Лавров ответил на вопросы.",
        "Вопрос задал студент Иван Лавров. Лавров ответил ему."));

    assertThat(people(page)).contains("person:sergey-lavrov=Сергей Лавров",
        "person:ivan-lavrov=Иван Лавров");
  }

  @Test
  void a_surname_alone_or_initials_are_not_learned() {
    KnownPeople known = new KnownPeople();

    assertThat(known.learn("person:velikov", "Velikov")).isFalse();
    assertThat(known.learn("person:velikov", "A. Velikov")).isFalse();
    assertThat(known.learn("person:anton-velikov", "Anton Velikov")).isTrue();
    assertThat(known.learn("person:anton-velikov", "Anton Velikov")).isFalse();
    assertThat(known.size()).isEqualTo(1);
  }
}
