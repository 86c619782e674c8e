package org.verbatim.generate;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.verbatim.generate.Revision.Change;
import org.verbatim.generate.Revision.Edit;
import org.verbatim.generate.Revision.WordEdit;
import org.verbatim.input.RawPage;
import org.verbatim.model.Role;
import org.verbatim.model.Turn;

/**
 * Writes two versions of one synthetic interview, the later made from the earlier by known
 * edits, with the truth of what changed, for testing the diff of versions:
 *
 * <pre>{@code
 * Revision r = new Revisions().revision(42, 3);   // the same revision for the same seed and index
 * r.changes();                                    // [Change[kind=SPLIT, before=[6], after=[6, 7]]]
 * }</pre>
 *
 * <p>An interview of 10 to 16 turns, questions and one official's answers, is printed as a text
 * page (date and time, title, then {@code Label: text} paragraphs). The later version takes the
 * same page and, as the revision's {@link Edit} says, replaces, deletes or inserts a word in one
 * to three turns, inserts a question, removes a turn, or cuts an answer of several paragraphs in
 * two turns under the same label; {@link Edit#ALL} does all of these at turns at least two apart.
 * Cases turn in order with the index; English and Russian alternate. Thread-safe.
 */
public final class Revisions {

  /** Keeps revision {@code i} independent of page {@code i} of {@link Generator}. */
  private static final long SALT = 0x5E71_5100_0015_0001L;
  private static final LocalDate FIRST_DAY = LocalDate.of(2005, 1, 1);
  private static final List<Edit> EDITS = List.of(Edit.values());
  private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

  /** A turn as planned, and where it came from in the earlier version. */
  private record Planned(Turn turn, List<Integer> origin, Change.Kind kind) {}

  /** Revisions {@code 0..count-1} of the run seeded with {@code seed}. */
  public Stream<Revision> revisions(long seed, int count) {
    return IntStream.range(0, count).mapToObj(i -> revision(seed, i));
  }

  /** Revision {@code index} of the run seeded with {@code seed}. */
  public Revision revision(long seed, int index) {
    Dice dice = new Dice(Dice.pageSeed(seed ^ SALT, index));
    Edit edit = EDITS.get(index % EDITS.size());
    Lang lang = index / EDITS.size() % 2 == 0 ? Lang.EN : Lang.RU;
    Prose prose = new Prose(Words.of(lang), dice);
    Person official = Person.invent(lang, false, dice);
    String question = lang == Lang.EN ? "Question" : "Вопрос";
    // All the edits at once need room: each takes its turn and the turns beside it.
    List<Turn> earlier = interview(prose, dice, question, official.name(), edit == Edit.ALL ? 8
        : dice.between(5, 8));

    List<Planned> later = new ArrayList<>();
    for (int k = 0; k < earlier.size(); k++) {
      later.add(new Planned(earlier.get(k), List.of(k + 1), null));
    }
    Set<Integer> taken = new HashSet<>(); // earlier turns edited, and their neighbours
    List<WordEdit> words = new ArrayList<>();
    List<Integer> removed = new ArrayList<>();
    if (edit == Edit.SPLIT || edit == Edit.ALL) {
      int k = free(dice, earlier, taken, t -> t.role() == Role.ANSWER && t.paragraphs().size() > 1);
      Turn t = earlier.get(k - 1);
      int cut = dice.between(1, t.paragraphs().size() - 1);
      int at = index(later, k);
      later.set(at, new Planned(turn(t, t.paragraphs().subList(0, cut)), List.of(k),
          Change.Kind.SPLIT));
      later.add(at + 1, new Planned(turn(t, t.paragraphs().subList(cut, t.paragraphs().size())),
          List.of(k), Change.Kind.SPLIT));
    }
    if (edit == Edit.REMOVED || edit == Edit.ALL) {
      // Not the first turn: an answer that opens a page is read as remarks.
      int k = free(dice, earlier, taken, t -> t != earlier.get(0));
      later.remove(index(later, k));
      removed.add(k);
    }
    if (edit == Edit.INSERTED || edit == Edit.ALL) {
      int k = free(dice, earlier, taken, t -> t.role() == Role.ANSWER);
      later.add(index(later, k) + 1, new Planned(turn(question, question, Role.QUESTION,
          List.of(prose.question())), List.of(), Change.Kind.INSERTED));
    }
    if (edit == Edit.WORDS || edit == Edit.ALL) {
      int count = edit == Edit.WORDS ? dice.between(1, 3) : 1;
      List<Integer> edited = new ArrayList<>();
      for (int n = 0; n < count; n++) {
        edited.add(free(dice, earlier, taken, t -> true));
      }
      for (int k : edited) {
        int at = index(later, k);
        Planned p = later.get(at);
        later.set(at, new Planned(editWord(p.turn(), prose, dice, words, at + 1), p.origin(),
            Change.Kind.EDITED));
      }
    }

    List<Change> changes = truth(later, removed);

    LocalDate day = FIRST_DAY.plusDays(dice.between(0, 20 * 365));
    LocalTime time = LocalTime.of(dice.between(8, 20), dice.between(0, 59));
    Words.Place place = prose.place();
    String title = lang == Lang.EN
        ? official.post() + " " + official.inTitle() + "’s interview, " + place.name() + ", "
            + Months.englishLong(day)
        : "Интервью " + official.post() + " " + official.inTitle() + ", " + place.name() + ", "
            + Months.russianLong(day);
    String dateLine = (lang == Lang.EN ? day.getDayOfMonth() + " " + Months.name(Months.ENGLISH, day)
        + " " + day.getYear() : Months.russianLong(day)) + " " + Months.hhmm(time);
    String file = String.format(Locale.ROOT, "revision-%05d-%s.txt", index, lang.code);
    List<Turn> turnsAfter = later.stream().map(Planned::turn).toList();
    return new Revision(
        "revision " + index + " (" + edit.name().toLowerCase(Locale.ROOT) + ")", edit,
        page(file, dateLine, title, earlier), page(file, dateLine, title, turnsAfter),
        earlier, turnsAfter, changes, words);
  }

  /**
   * The changes of the plan {@code later}, in its order, with the turns of the earlier version
   * {@code removed} where they stood.
   */
  private static List<Change> truth(List<Planned> later, List<Integer> removed) {
    List<Change> changes = new ArrayList<>();
    int lastOrigin = 0;
    for (int j = 0; j < later.size(); j++) {
      Planned p = later.get(j);
      if (!p.origin().isEmpty()) {
        int origin = p.origin().get(0);
        for (int r : removed) {
          if (r > lastOrigin && r < origin) {
            changes.add(new Change(Change.Kind.REMOVED, List.of(r), List.of()));
          }
        }
        lastOrigin = origin;
      }
      if (p.kind() == null) {
        continue;
      }
      switch (p.kind()) {
        case INSERTED -> changes.add(new Change(Change.Kind.INSERTED, List.of(), List.of(j + 1)));
        case EDITED -> changes.add(new Change(Change.Kind.EDITED, p.origin(), List.of(j + 1)));
        case SPLIT -> {
          changes.add(new Change(Change.Kind.SPLIT, p.origin(), List.of(j + 1, j + 2)));
          j++;
        }
        case REMOVED -> throw new IllegalStateException("A removed turn is not planned");
      }
    }
    for (int r : removed) {
      if (r > lastOrigin) {
        changes.add(new Change(Change.Kind.REMOVED, List.of(r), List.of()));
      }
    }
    return changes;
  }

  /** {@code pairs} questions and answers; at least one answer has several paragraphs. */
  private static List<Turn> interview(Prose prose, Dice dice, String question, String official,
      int pairs) {
    int count = pairs * 2;
    int multi = dice.between(0, count / 2 - 1) * 2 + 1;
    List<Turn> out = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      if (k % 2 == 0) {
        out.add(turn(question, question, Role.QUESTION, List.of(prose.question())));
      } else {
        int paragraphs = k == multi ? dice.between(2, 4) : dice.between(1, 3);
        List<String> text = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
          text.add(prose.paragraph(2, 4));
        }
        out.add(turn(official, official, Role.ANSWER, text));
      }
    }
    return out;
  }

  private static Turn turn(String label, String speaker, Role role, List<String> paragraphs) {
    return new Turn(null, label, speaker, role, paragraphs, List.of(), List.of());
  }

  private static Turn turn(Turn like, List<String> paragraphs) {
    return turn(like.label(), like.speaker(), like.role(), paragraphs);
  }

  /**
   * A turn of the earlier version that {@code fits}, neither edited nor next to an edited one
   * (which it then takes, with its neighbours).
   */
  private static int free(Dice dice, List<Turn> turns, Set<Integer> taken,
      Predicate<Turn> fits) {
    List<Integer> open = new ArrayList<>();
    for (int k = 1; k <= turns.size(); k++) {
      if (!taken.contains(k) && fits.test(turns.get(k - 1))) {
        open.add(k);
      }
    }
    if (open.isEmpty()) {
      throw new IllegalStateException("No turn left to edit among " + turns.size());
    }
    int k = dice.pick(open);
    taken.add(k - 1);
    taken.add(k);
    taken.add(k + 1);
    return k;
  }

  /** Where the turn that was number {@code k} of the earlier version is in the plan. */
  private static int index(List<Planned> later, int k) {
    for (int j = 0; j < later.size(); j++) {
      if (later.get(j).origin().equals(List.of(k))) {
        return j;
      }
    }
    throw new IllegalStateException("Turn " + k + " is no longer in the plan");
  }

  /** {@code turn} with one word replaced, deleted or inserted, recorded in {@code edits}. */
  private static Turn editWord(Turn turn, Prose prose, Dice dice, List<WordEdit> edits,
      int number) {
    int p = dice.between(0, turn.paragraphs().size() - 1);
    String paragraph = turn.paragraphs().get(p);
    Set<String> present = new HashSet<>();
    List<int[]> spans = new ArrayList<>();
    Matcher m = WORD.matcher(paragraph);
    while (m.find()) {
      present.add(m.group().toLowerCase(Locale.ROOT));
      if (m.start() > 0 && paragraph.charAt(m.start() - 1) == ' ') {
        spans.add(new int[] {m.start(), m.end()});
      }
    }
    for (String other : turn.paragraphs()) {
      for (String w : other.split("[^\\p{L}]+")) {
        present.add(w.toLowerCase(Locale.ROOT));
      }
    }
    int[] span = dice.pick(spans);
    String old = paragraph.substring(span[0], span[1]);
    String fresh = freshWord(prose, present);
    String edited;
    WordEdit record;
    switch (dice.between(0, 2)) {
      case 0 -> {
        edited = paragraph.substring(0, span[0]) + fresh + paragraph.substring(span[1]);
        record = new WordEdit(number, old, fresh);
      }
      case 1 -> {
        edited = paragraph.substring(0, span[0] - 1) + paragraph.substring(span[1]);
        record = new WordEdit(number, old, null);
      }
      default -> {
        edited = paragraph.substring(0, span[0]) + fresh + " " + paragraph.substring(span[0]);
        record = new WordEdit(number, null, fresh);
      }
    }
    edits.add(record);
    List<String> paragraphs = new ArrayList<>(turn.paragraphs());
    paragraphs.set(p, edited);
    return turn(turn, paragraphs);
  }

  /** A lower-case word of the vocabulary that {@code present} lacks. */
  private static String freshWord(Prose prose, Set<String> present) {
    for (int tries = 0; tries < 100; tries++) {
      for (String w : prose.sentence().split("[^\\p{L}]+")) {
        if (w.length() >= 4 && w.equals(w.toLowerCase(Locale.ROOT)) && !present.contains(w)) {
          return w;
        }
      }
    }
    throw new IllegalStateException("The vocabulary gave no word the turn lacks");
  }

  private static RawPage page(String file, String dateLine, String title, List<Turn> turns) {
    StringBuilder out = new StringBuilder();
    out.append(dateLine).append("\n\n").append(title).append("\n\n");
    for (Turn t : turns) {
      out.append(t.label()).append(": ").append(t.paragraphs().get(0)).append("\n\n");
      for (String more : t.paragraphs().subList(1, t.paragraphs().size())) {
        out.append(more).append("\n\n");
      }
    }
    return new RawPage(out.toString().getBytes(UTF_8), file, null, RawPage.Format.TEXT);
  }
}
