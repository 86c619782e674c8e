package org.verbatim.generate;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.verbatim.generate.ParallelPair.Case;
import org.verbatim.generate.ParallelPair.Correspondence;
import org.verbatim.internal.Hashes;
import org.verbatim.model.Kind;
import org.verbatim.model.Participant;
import org.verbatim.model.Publication;
import org.verbatim.model.Published;
import org.verbatim.model.Role;
import org.verbatim.model.Section;
import org.verbatim.model.Source;
import org.verbatim.model.Turn;

/**
 * Writes English and Russian versions of one synthetic publication with the truth of their
 * alignment, for measuring the aligners:
 *
 * <pre>{@code
 * ParallelPair pair = new ParallelPairs().pair(42, 7);   // the same pair for the same seed and index
 * pair.turns();                                          // which turns correspond
 * }</pre>
 *
 * <p>A pair is planned as a list of turns meant in both languages, each a list of paragraphs of
 * sentence units; a unit is one sentence on each side, or at a small rate a sentence on one side
 * and two on the other ({@code 1–2}, {@code 2–1}), or a sentence on one side only. Sentences are
 * synthetic translations ({@link ParallelSentences}). Then the pair's case, drawn from the seed,
 * changes the plan: a turn split in two in one version ({@link Case#SPLIT},
 * {@link Case#MERGED}), a turn left out of one version, or a briefing's heading over the answers
 * to questions printed in one version only; about a third of the pairs stay {@link Case#PLAIN}.
 * Interviews (questions and answers, one or two officials) and briefings (topics under headings,
 * then questions) are drawn. Every speaker is invented. Thread-safe.
 */
public final class ParallelPairs {

  /** Keeps pair {@code i} independent of page {@code i} of {@link Generator} with the same seed. */
  private static final long SALT = 0x0A11_6E00_0014_0001L;
  private static final List<Case> CASES = List.of(Case.values());
  private static final double[] CASE_WEIGHTS = {30, 15, 15, 10, 10, 20};
  private static final LocalDate FIRST_DAY = LocalDate.of(2005, 1, 1);

  /** A sentence unit: English sentences and the Russian sentences that say the same. */
  private record Unit(List<String> english, List<String> russian) {}

  /** A turn as meant in both languages, and how each version prints it. */
  private static final class Plan {
    final Role role;
    /** Index of the official who speaks; -1 for a question. */
    final int official;
    final List<List<Unit>> paragraphs;
    Integer englishSection;
    Integer russianSection;
    boolean inEnglish = true;
    boolean inRussian = true;
    /** The paragraph that opens a second turn in that version; 0 when printed as one turn. */
    int englishSplit;
    int russianSplit;

    Plan(Role role, int official, List<List<Unit>> paragraphs, Integer section) {
      this.role = role;
      this.official = official;
      this.paragraphs = paragraphs;
      this.englishSection = section;
      this.russianSection = section;
    }
  }

  /** Pairs {@code 0..count-1} of the run seeded with {@code seed}. */
  public Stream<ParallelPair> pairs(long seed, int count) {
    return IntStream.range(0, count).mapToObj(i -> pair(seed, i));
  }

  /** Pair {@code index} of the run seeded with {@code seed}. */
  public ParallelPair pair(long seed, int index) {
    Dice dice = new Dice(Dice.pageSeed(seed ^ SALT, index));
    ParallelSentences sentences = new ParallelSentences(dice);
    Case form = dice.weighted(CASES, CASE_WEIGHTS);
    boolean briefing = form == Case.HEADING_IN_ONE || dice.chance(0.3);
    int officials = !briefing && dice.chance(0.25) ? 2 : 1;
    List<Person> english = new ArrayList<>();
    List<Person> russian = new ArrayList<>();
    while (english.size() < officials) {
      long personSeed = dice.between(0, Integer.MAX_VALUE - 1);
      Person en = Person.sibling(Lang.EN, briefing, personSeed);
      if (english.stream().noneMatch(p -> p.name().equals(en.name()))) {
        english.add(en);
        russian.add(Person.sibling(Lang.RU, briefing, personSeed));
      }
    }
    List<Section> englishSections = new ArrayList<>();
    List<Section> russianSections = new ArrayList<>();
    List<Plan> plans = new ArrayList<>();
    int answersFrom = 0;
    if (briefing) {
      int topics = dice.between(1, 4);
      for (int t = 1; t <= topics; t++) {
        ParallelSentences.Pair heading = sentences.heading();
        englishSections.add(new Section(t, heading.english()));
        russianSections.add(new Section(t, heading.russian()));
        plans.add(new Plan(Role.REMARKS, 0, paragraphs(dice, sentences, 1, 3, false), t));
      }
      answersFrom = plans.size();
      int answers = topics + 1;
      boolean headingInEnglish = form != Case.HEADING_IN_ONE || dice.chance(0.5);
      boolean headingInRussian = form != Case.HEADING_IN_ONE || !headingInEnglish;
      if (headingInEnglish) {
        englishSections.add(new Section(answers, Words.ENGLISH.answersHeading()));
      }
      if (headingInRussian) {
        russianSections.add(new Section(answers, Words.RUSSIAN.answersHeading()));
      }
      for (int q = dice.between(1, 10); q > 0; q--) {
        for (Role role : List.of(Role.QUESTION, Role.ANSWER)) {
          Plan plan = new Plan(role, role == Role.QUESTION ? -1 : 0,
              paragraphs(dice, sentences, 1, role == Role.QUESTION ? 1 : 3,
                  role == Role.QUESTION), answers);
          plan.englishSection = headingInEnglish ? answers : topics;
          plan.russianSection = headingInRussian ? answers : topics;
          plans.add(plan);
        }
      }
    } else {
      if (dice.chance(0.2)) {
        plans.add(new Plan(Role.REMARKS, 0, paragraphs(dice, sentences, 1, 3, false), null));
      }
      for (int q = dice.between(2, 24); q > 0; q--) {
        plans.add(new Plan(Role.QUESTION, -1, paragraphs(dice, sentences, 1, 1, true), null));
        plans.add(new Plan(Role.ANSWER, dice.between(0, officials - 1),
            paragraphs(dice, sentences, 1, 3, false), null));
      }
    }
    change(form, plans, answersFrom, dice, sentences);

    LocalDate day = FIRST_DAY.plusDays(dice.between(0, 20 * 365));
    Published published = Published.of(day, LocalTime.of(dice.between(8, 21),
        dice.between(0, 59)));
    Words.Place place = Words.ENGLISH.places().get(dice.between(0,
        Words.ENGLISH.places().size() - 1));
    String russianPlace = Words.RUSSIAN.places().get(Words.ENGLISH.places().indexOf(place))
        .name();
    Person lead = english.get(0);
    Person russianLead = russian.get(0);
    String englishTitle = (briefing ? "Briefing by " + lead.post() + " " + lead.name()
        : lead.post() + " " + lead.name() + "’s interview") + ", " + place.name() + ", "
        + Months.englishLong(day);
    String russianTitle = (briefing ? "Брифинг " : "Интервью ") + russianLead.post() + " "
        + russianLead.inTitle() + ", " + russianPlace + ", " + Months.russianLong(day);
    String name = "pair " + index + " (" + form.name().toLowerCase(Locale.ROOT) + ")";
    Kind kind = briefing ? Kind.BRIEFING : Kind.INTERVIEW;

    List<Turn> englishTurns = new ArrayList<>();
    List<Turn> russianTurns = new ArrayList<>();
    List<Correspondence> turns = new ArrayList<>();
    List<List<Correspondence>> sentenceTruth = new ArrayList<>();
    for (Plan plan : plans) {
      List<Integer> e = print(plan, Lang.EN, english, englishTurns);
      List<Integer> r = print(plan, Lang.RU, russian, russianTurns);
      turns.add(new Correspondence(e, r));
      sentenceTruth.add(e.isEmpty() || r.isEmpty() ? List.of() : sentenceTruth(plan));
    }
    List<Correspondence> sections = new ArrayList<>();
    for (int s = 1; s <= Math.max(englishSections.size(), russianSections.size()) + 1; s++) {
      final int number = s;
      boolean inEnglish = englishSections.stream().anyMatch(x -> x.number() == number);
      boolean inRussian = russianSections.stream().anyMatch(x -> x.number() == number);
      if (inEnglish || inRussian) {
        sections.add(new Correspondence(inEnglish ? List.of(s) : List.of(),
            inRussian ? List.of(s) : List.of()));
      }
    }
    Publication en = publication(englishTitle, kind, published, place.name(), "en", english,
        englishSections, englishTurns, name);
    Publication ru = publication(russianTitle, kind, published, russianPlace, "ru", russian,
        russianSections, russianTurns, name);
    return new ParallelPair(name, form, en, ru, turns, sentenceTruth, sections);
  }

  /** Applies the pair's case to the plan. */
  private static void change(Case form, List<Plan> plans, int answersFrom, Dice dice,
      ParallelSentences sentences) {
    switch (form) {
      case SPLIT, MERGED -> {
        List<Plan> spoken = plans.stream().filter(p -> p.role != Role.QUESTION).toList();
        Plan plan = dice.pick(spoken);
        if (plan.paragraphs.size() < 2) {
          plan.paragraphs.add(paragraph(dice, sentences, false));
        }
        int at = dice.between(1, plan.paragraphs.size() - 1);
        if (form == Case.SPLIT) {
          plan.russianSplit = at;
        } else {
          plan.englishSplit = at;
        }
      }
      case MISSING_IN_RUSSIAN, MISSING_IN_ENGLISH -> {
        // Not a briefing's topic: its section would be left with no turn at all.
        Plan plan = plans.get(dice.between(Math.max(answersFrom, 1), plans.size() - 1));
        if (form == Case.MISSING_IN_RUSSIAN) {
          plan.inRussian = false;
        } else {
          plan.inEnglish = false;
        }
      }
      case PLAIN, HEADING_IN_ONE -> { }
    }
  }

  private static List<List<Unit>> paragraphs(Dice dice, ParallelSentences sentences, int low,
      int high, boolean question) {
    List<List<Unit>> out = new ArrayList<>();
    for (int p = dice.between(low, high); p > 0; p--) {
      out.add(paragraph(dice, sentences, question));
    }
    return out;
  }

  /**
   * A paragraph of one to four units (a question: up to two statements, then the question). Its
   * first unit has a sentence on both sides, so no paragraph is empty in either version.
   */
  private static List<Unit> paragraph(Dice dice, ParallelSentences sentences, boolean question) {
    List<Unit> out = new ArrayList<>();
    int statements = question ? dice.between(0, 2) : dice.between(1, 4);
    for (int k = 0; k < statements; k++) {
      ParallelSentences.Pair a = sentences.statement();
      double x = dice.unit();
      if (x < 0.04) {
        ParallelSentences.Pair b = sentences.statement();
        out.add(new Unit(List.of(join(a.english(), b, Lang.EN)),
            List.of(a.russian(), b.russian())));
      } else if (x < 0.08) {
        ParallelSentences.Pair b = sentences.statement();
        out.add(new Unit(List.of(a.english(), b.english()),
            List.of(join(a.russian(), b, Lang.RU))));
      } else if (k > 0 && x < 0.10) {
        out.add(new Unit(List.of(a.english()), List.of()));
      } else if (k > 0 && x < 0.12) {
        out.add(new Unit(List.of(), List.of(a.russian())));
      } else {
        out.add(new Unit(List.of(a.english()), List.of(a.russian())));
      }
    }
    if (question) {
      ParallelSentences.Pair q = sentences.question();
      out.add(new Unit(List.of(q.english()), List.of(q.russian())));
    }
    return out;
  }

  /** Two statements as one: {@code We agree, and the talks go on.} */
  private static String join(String first, ParallelSentences.Pair second, Lang lang) {
    String next = lang == Lang.EN ? second.english() : second.russian();
    if (!second.named() && !next.startsWith("I ")) {
      next = Character.toLowerCase(next.charAt(0)) + next.substring(1);
    }
    return first.substring(0, first.length() - 1) + (lang == Lang.EN ? ", and " : ", и ") + next;
  }

  /** Adds the plan's turns in {@code lang} to {@code out}; their numbers (from 1). */
  private static List<Integer> print(Plan plan, Lang lang, List<Person> officials,
      List<Turn> out) {
    boolean en = lang == Lang.EN;
    if (!(en ? plan.inEnglish : plan.inRussian)) {
      return List.of();
    }
    String label;
    String speaker;
    if (plan.role == Role.QUESTION) {
      label = en ? "Question" : "Вопрос";
      speaker = label;
    } else {
      speaker = officials.get(plan.official).name();
      label = plan.role == Role.REMARKS ? null : speaker;
    }
    Integer section = en ? plan.englishSection : plan.russianSection;
    List<String> paragraphs = new ArrayList<>();
    for (List<Unit> units : plan.paragraphs) {
      StringBuilder text = new StringBuilder();
      for (Unit unit : units) {
        for (String sentence : en ? unit.english() : unit.russian()) {
          text.append(text.isEmpty() ? "" : " ").append(sentence);
        }
      }
      paragraphs.add(text.toString());
    }
    int split = en ? plan.englishSplit : plan.russianSplit;
    List<Integer> numbers = new ArrayList<>();
    if (split > 0) {
      out.add(new Turn(section, label, speaker, plan.role, paragraphs.subList(0, split),
          List.of(), List.of()));
      numbers.add(out.size());
      out.add(new Turn(section, label, speaker, plan.role,
          paragraphs.subList(split, paragraphs.size()), List.of(), List.of()));
    } else {
      out.add(new Turn(section, label, speaker, plan.role, paragraphs, List.of(), List.of()));
    }
    numbers.add(out.size());
    return numbers;
  }

  /** Sentence correspondences of a plan printed in both languages, numbered across its turns. */
  private static List<Correspondence> sentenceTruth(Plan plan) {
    List<Correspondence> out = new ArrayList<>();
    int e = 0;
    int r = 0;
    for (List<Unit> units : plan.paragraphs) {
      for (Unit unit : units) {
        List<Integer> left = IntStream.rangeClosed(e + 1, e + unit.english().size()).boxed()
            .toList();
        List<Integer> right = IntStream.rangeClosed(r + 1, r + unit.russian().size()).boxed()
            .toList();
        out.add(new Correspondence(left, right));
        e += unit.english().size();
        r += unit.russian().size();
      }
    }
    return out;
  }

  private static Publication publication(String title, Kind kind, Published published,
      String place, String language, List<Person> officials, List<Section> sections,
      List<Turn> turns, String name) {
    StringBuilder text = new StringBuilder(title);
    for (Turn turn : turns) {
      turn.paragraphs().forEach(p -> text.append('\n').append(p));
    }
    List<Participant> participants = officials.stream()
        .map(p -> new Participant(p.name(), p.post())).toList();
    return new Publication(title, kind, published, null, place, language,
        List.of("en-GB", "ru-RU"), participants, List.of(), sections, turns, List.of(),
        new Source("text", name + " " + language, null,
            Hashes.sha256Hex(text.toString().getBytes(UTF_8))));
  }
}
