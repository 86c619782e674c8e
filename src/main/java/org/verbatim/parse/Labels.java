package org.verbatim.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.verbatim.model.Participant;

/**
 * Finds speaker labels in body lines, including the damaged forms real pages have.
 *
 * <p>A label at the start of a line is up to six words before a colon (at most 80 characters in
 * all) that is followed by a space, the end of the line or a letter, never by a digit, a slash or
 * a bare time ({@code Moscow: 00:12}). Every word starts with a capital letter (Latin or
 * Cyrillic), except the name particles of {@link #PARTICLES} in the middle; a dot may only follow
 * a capital ({@code Q.}, {@code С.В.Лавров}, {@code J.}) or end an honorific ({@code Mr.}).
 * A comma may part a name from its post ({@code Shri Ravi Menon, Official Spokesperson:}) or an
 * outlet from its reporter in capitals ({@code Harbour Radio, TANAKA:}).
 * Parentheses before the colon are notes: {@code Question (retranslated from English):}. One word
 * alone is a label only when known: a questioner or answer word, all capitals ({@code CCTV},
 * {@code QUESTION}), initials with a surname, the principal speaker's surname, or an outlet the
 * title names. Several words starting with an article ({@code The Arctic: …}) are a label only
 * when the title names them as an outlet ({@code The Paper}). {@code Q:}, {@code A:}, {@code Q.:}, {@code A.:} and {@code Q. }/{@code A. } are
 * labels too.
 *
 * <p>Damaged labels are repaired only for <em>known</em> labels: questioner and answer words, the
 * principal speaker, the title's outlets, and every label printed properly at the start of some
 * line of the page ({@link #learn}). Single letters (Q, A) are never repaired.
 * <ul>
 *   <li>Lost colon: the line starts with a known label glued to a capital letter
 *       ({@code QuestionHas …}, {@code Sergey LavrovWe …}); for a label in capitals the capital
 *       must start a lower-case word ({@code ВОПРОСКак}).
 *   <li>Glued: a known label (with notes) and its colon stand right after a sentence's end
 *       ({@code . ? ! … » ” "}), with no space, and the colon is followed by a space or the end
 *       of the line ({@code …soon.Sergey Lavrov: …}).
 * </ul>
 */
final class Labels {

  static final int MAX_LABEL = 80;
  /**
   * The longest label of two posts joined by a dash and a name ({@code Deputy Chief of Staff of
   * the Presidential Executive Office – Presidential Press Secretary Dmitry Peskov}).
   */
  private static final int MAX_POSTS_LABEL = 160;
  private static final int MAX_WORDS = 6;
  private static final Set<String> PARTICLES = Set.of(
      "de", "da", "van", "von", "der", "den", "al", "bin", "la", "le", "del", "di", "du", "dos",
      "ibn", "el");
  private static final Set<String> ARTICLES =
      Set.of("The", "A", "An", "Le", "La", "Les", "Der", "Die", "Das", "El", "Los", "Las");
  /** Words a post before a name starts with: {@code President of Russia Ivan Petrov}. */
  private static final Set<String> POST_STARTS = Set.of(
      "President", "Prime", "Foreign", "Minister", "Secretary", "Deputy", "Ambassador",
      "Spokesperson", "Chairman", "Chair", "Director", "Head", "Permanent", "Special", "Under",
      "Assistant", "State", "Vice", "General", "Chief", "Federal", "Chancellor", "Premier",
      "King", "Queen", "Governor", "Mayor", "Senator", "Acting", "High", "First", "Executive",
      "Президент", "Министр", "Председатель", "Посол", "Заместитель", "Премьер-министр");
  /** Words besides those that a post after a name and a comma may start with. */
  private static final Set<String> COMMA_POST_STARTS = Set.of(
      "Official", "Spokesman", "Spokeswoman", "Under-Secretary-General", "Secretary-General",
      "Minister", "Director-General", "Ministry");
  private static final Set<String> CONNECTORS = Set.of(
      "of", "the", "for", "on", "and", "to", "at", "in", "de", "du", "des", "del", "der", "für",
      "по", "и", "при");
  private static final int MAX_POST_WORDS = 10;
  /** A timestamp printed after the colon instead of before it: {@code Sec. Mark Dalton: (00:04)}. */
  private static final java.util.regex.Pattern STAMP_AFTER =
      java.util.regex.Pattern.compile("\\((\\d{1,2}:\\d{2}(?::\\d{2})?)\\)");
  private static final java.util.regex.Pattern TIMESTAMP =
      java.util.regex.Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?");
  private static final Set<String> HONORIFICS = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "MR.",
      "MRS.", "MS.", "DR.", "Sec.", "SEC.", "Amb.", "AMB.", "Gen.", "Sen.", "Rep.", "Gov.",
      "Pres.", "Adm.", "Col.", "Prof.", "Lt.", "Capt.", "St.");
  private static final List<String> QUESTION_WORDS = List.of(
      "Question", "Вопрос", "Запитання", "Питання", "Frage", "Pregunta", "Journalist",
      "Журналист", "Журналіст", "Correspondent", "Корреспондент", "Кореспондент", "Reporter",
      "Comment", "Реплика", "问", "問", "记者");
  private static final List<String> ANSWER_WORDS = List.of(
      "Answer", "Ответ", "Відповідь", "Antwort", "Respuesta", "Réponse", "答");

  private final Speakers speakers;
  /** The question and answer words, in print and in capitals: known on every page. */
  private static final Set<String> BASE = new HashSet<>();
  private static final Set<String> BASE_SINGLES = new HashSet<>();
  private static final java.util.BitSet BASE_LENGTHS = new java.util.BitSet();

  static {
    for (List<String> words : List.of(QUESTION_WORDS, ANSWER_WORDS)) {
      for (String word : words) {
        for (String form : List.of(word, word.toUpperCase(Locale.ROOT))) {
          BASE.add(form);
          BASE_LENGTHS.set(form.length());
          BASE_SINGLES.add(form.toLowerCase(Locale.ROOT));
        }
      }
    }
  }

  /** The labels this page made known: its principal, its outlets, those printed properly. */
  private final Set<String> known = new HashSet<>();
  /** The lengths of the known labels, for a cheap first test in {@link #lostColon}. */
  private final java.util.BitSet knownLengths = new java.util.BitSet();
  private final Set<String> knownSingles = new HashSet<>();
  /** Each label as printed, once: a label repeats on every other line of a long page. */
  private final Map<String, String> spellings = new HashMap<>();

  Labels(Speakers speakers, Participant principal, List<String> outlets) {
    this.speakers = speakers;
    knownLengths.or(BASE_LENGTHS);
    for (String outlet : outlets) {
      addKnown(outlet);
    }
    if (principal != null) {
      addKnown(principal.name());
      String surname = Speakers.surname(principal.name());
      knownSingles.add(surname.toLowerCase(Locale.ROOT));
    }
  }

  Speakers speakers() {
    return speakers;
  }

  private boolean isKnown(String label) {
    return BASE.contains(label) || known.contains(label);
  }

  /** Whether {@code line} has no colon in its first {@link #MAX_LABEL} characters: no label. */
  static boolean colonFree(String line) {
    int limit = Math.min(line.length(), MAX_LABEL);
    for (int i = 0; i < limit; i++) {
      if (line.charAt(i) == ':' || line.charAt(i) == '：') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code word} is a question or answer word ({@code Question}, {@code Вопрос}). */
  boolean isKnownWord(String word) {
    return QUESTION_WORDS.contains(word) || ANSWER_WORDS.contains(word);
  }

  private void addKnown(String label) {
    known.add(label);
    knownLengths.set(label.length());
    if (label.indexOf(' ') < 0) {
      knownSingles.add(label.toLowerCase(Locale.ROOT));
    }
  }

  /** Remembers a label printed properly, so that its damaged copies elsewhere are repaired. */
  void learn(Label label) {
    if (label.printed().length() > 2 && !label.printed().equals("Q.")
        && !label.printed().equals("A.")) {
      known.add(label.printed());
      knownLengths.set(label.printed().length());
    }
  }

  private Label label(String printed, List<String> notes, int start, int textStart,
      Label.Damage damage) {
    String seen = spellings.putIfAbsent(printed, printed);
    return new Label(seen == null ? printed : seen, notes, start, textStart, damage);
  }

  /** The label at the start of the stripped line, printed properly; else null. */
  Label atStart(String line) {
    int length = line.length();
    if (length < 2) {
      return null;
    }
    char first = line.charAt(0);
    if (first == 'Q' || first == 'A') {
      Label short_ = questionOrAnswer(line);
      if (short_ != null) {
        return short_;
      }
    }
    if (!Character.isUpperCase(first) && !isHan(first)) {
      return null;
    }
    int colon = colonAtDepthZero(line, Math.min(length, colonLimit(line)));
    if (colon < 0 || !acceptableAfterColon(line, colon)) {
      return null;
    }
    return candidate(line, 0, colon);
  }

  /**
   * A label that only its behaviour can confirm: up to four words before a colon that
   * {@link #atStart} does not take, starting with an article or with one capital only
   * ({@code The Lantern:}, {@code Северный вестник:}), with words after it. Null for any other
   * line. The page makes it a label when it asks and is answered ({@link Questioners}).
   */
  Label weak(String line) {
    int limit = Math.min(line.length(), 48);
    if (limit < 4 || !Character.isUpperCase(line.charAt(0))) {
      return null;
    }
    int found = -1;
    for (int i = 1; i < limit && found < 0; i++) {
      if (line.charAt(i) == ':' || line.charAt(i) == '：') {
        found = i;
      }
    }
    if (found < 0) {
      return null; // the cheap test first: no colon, no label
    }
    int colon = -1;
    for (int i = 1; i < limit; i++) {
      char c = line.charAt(i);
      if (c == ':' || c == '：') {
        colon = i;
        break;
      }
      if (!Character.isLetter(c) && c != ' ' && c != '-' && c != '’' && c != '\'') {
        return null;
      }
    }
    if (colon < 0 || colon + 2 >= line.length() || !Lines.isSpace(line.charAt(colon + 1))) {
      return null;
    }
    String printed = line.substring(0, colon);
    int words = printed.split(" ").length;
    if (words > 4 || printed.endsWith(" ")) {
      return null;
    }
    return label(printed, List.of(), 0, textStart(line, colon + 1), Label.Damage.NONE);
  }

  /** {@code QuestionHas …}: a known label that lost its colon, else null. */
  Label lostColon(String line) {
    int limit = Math.min(line.length() - 1, MAX_LABEL);
    // Only where a known label could end: the few lengths the known labels have.
    for (int i = knownLengths.nextSetBit(2); i >= 0 && i < limit;
        i = knownLengths.nextSetBit(i + 1)) {
      char c = line.charAt(i);
      if (Character.isUpperCase(c) && Character.isLetter(line.charAt(i - 1))
          && !Character.isUpperCase(line.charAt(i - 1))
          || Character.isUpperCase(c) && Character.isUpperCase(line.charAt(i - 1))
          && Character.isLowerCase(line.charAt(i + 1))) {
        String label = line.substring(0, i);
        if (isKnown(label) && fitsAfterLostColon(label, line, i)) {
          return label(label, List.of(), 0, i, Label.Damage.LOST_COLON);
        }
      }
    }
    return null;
  }

  private static boolean fitsAfterLostColon(String label, String line, int at) {
    char next = at + 1 < line.length() ? line.charAt(at + 1) : ' ';
    boolean capitals = label.equals(label.toUpperCase(Locale.ROOT));
    return capitals ? Character.isLowerCase(next) : !Character.isUpperCase(next);
  }

  /** The first known label glued after a sentence at or after {@code from}, else null. */
  Label glued(String line, int from) {
    int colon = line.indexOf(':', from);
    while (colon >= 0) {
      if (colon + 1 == line.length() || Lines.isSpace(line.charAt(colon + 1))) {
        Label label = gluedBefore(line, from, colon);
        if (label != null) {
          return label;
        }
      }
      colon = line.indexOf(':', colon + 1);
    }
    return null;
  }

  private Label gluedBefore(String line, int from, int colon) {
    int end = colon;
    List<String> notes = new ArrayList<>();
    while (end > from && line.charAt(end - 1) == ')') {
      int open = line.lastIndexOf('(', end - 1);
      if (open <= from || end - open > MAX_LABEL) {
        return null;
      }
      notes.add(0, Lines.strip(line.substring(open + 1, end - 1)));
      end = open;
      while (end > from && Lines.isSpace(line.charAt(end - 1))) {
        end--;
      }
    }
    for (int j = end - 1; j > from && j >= end - MAX_LABEL; j--) {
      if (Character.isUpperCase(line.charAt(j)) && isSentenceEnd(line.charAt(j - 1))) {
        String label = line.substring(j, end);
        if (isKnown(label)) {
          return label(label, notes, j, textStart(line, colon + 1), Label.Damage.GLUED);
        }
      }
    }
    return null;
  }

  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '?' || c == '!' || c == '…' || c == '»' || c == '”' || c == '"';
  }

  private Label questionOrAnswer(String line) {
    String letter = line.substring(0, 1);
    char second = line.charAt(1);
    if (second == ':') {
      return label(letter, List.of(), 0, textStart(line, 2), Label.Damage.NONE);
    }
    if (second == '.' && line.length() > 2) {
      char third = line.charAt(2);
      if (third == ':') {
        return label(letter + ".", List.of(), 0, textStart(line, 3), Label.Damage.NONE);
      }
      if (Lines.isSpace(third)) {
        return label(letter + ".", List.of(), 0, textStart(line, 3), Label.Damage.NONE);
      }
    }
    return null;
  }

  private static int colonAtDepthZero(String line, int limit) {
    int depth = 0;
    for (int i = 1; i < limit; i++) {
      char c = line.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if ((c == ':' || c == '：') && depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean acceptableAfterColon(String line, int colon) {
    if (colon + 1 == line.length()) {
      return true;
    }
    char next = line.charAt(colon + 1);
    if (Character.isDigit(next) || next == '/') {
      return false;
    }
    if (Lines.isSpace(next)) {
      String rest = Lines.strip(line.substring(colon + 1, Math.min(line.length(), colon + 24)));
      return !(rest.length() <= 16 && DateLines.isTime(Lines.strip(line.substring(colon + 1))));
    }
    return true;
  }

  /** The label in {@code line[start, colon)}, or null when those words are no label. */
  private Label candidate(String line, int start, int colon) {
    int end = colon;
    List<String> notes = new ArrayList<>();
    while (end > start && Lines.isSpace(line.charAt(end - 1))) {
      end--;
    }
    while (end > start && line.charAt(end - 1) == ')') {
      int open = line.lastIndexOf('(', end - 1);
      if (open <= start) {
        return null;
      }
      notes.add(0, Lines.strip(line.substring(open + 1, end - 1)));
      end = open;
      while (end > start && Lines.isSpace(line.charAt(end - 1))) {
        end--;
      }
    }
    String printed = line.substring(start, end);
    int textStart = textStart(line, colon + 1);
    Matcher stamp = STAMP_AFTER.matcher(line).region(textStart, line.length());
    if (stamp.lookingAt()) {
      notes = new ArrayList<>(notes);
      notes.add(stamp.group(1));
      textStart = textStart(line, stamp.end());
    }
    if (!isLabelText(printed) && !(isTimestamped(notes) && isCapitalisedWord(printed))) {
      return null;
    }
    return label(printed, notes, start, textStart, Label.Damage.NONE);
  }

  private boolean isLabelText(String printed) {
    if (printed.isEmpty() || printed.indexOf('(') >= 0 || printed.indexOf(')') >= 0) {
      return false;
    }
    if (isKnown(printed)) {
      return true;
    }
    if (isHan(printed.charAt(0))) {
      return isChineseName(printed) || isKnown(printed);
    }
    int comma = printed.indexOf(", ");
    if (comma > 0) {
      return printed.length() <= MAX_LABEL
          && isNameAndPost(printed.substring(0, comma), printed.substring(comma + 2));
    }
    int dash = dashBetweenPosts(printed);
    if (dash > 0) {
      return isPostsAndName(printed.substring(0, dash).strip(), printed.substring(dash + 1).strip());
    }
    if (printed.length() > MAX_LABEL) {
      return false;
    }
    String[] words = printed.split(" ", -1);
    boolean post = POST_STARTS.contains(words[0]);
    if (!labelWords(words, post ? MAX_POST_WORDS : MAX_WORDS, post)) {
      return false;
    }
    if (words.length == 1) {
      return isKnownSingle(printed);
    }
    return !ARTICLES.contains(words[0]) || isKnown(printed);
  }

  /**
   * Whether the words of a label before and after its one comma are a name (or an outlet) and a
   * post ({@code Shri Arindam Bagchi, Official Spokesperson}, {@code Mr. KONO Taro, Minister for
   * Foreign Affairs}), or an outlet and its reporter's name in capitals ({@code Radio France,
   * NISHIMURA}).
   */
  private static boolean isNameAndPost(String head, String tail) {
    String[] before = head.split(" ", -1);
    String[] after = tail.split(" ", -1);
    if (!labelWords(before, MAX_WORDS, false) || ARTICLES.contains(before[0])) {
      return false;
    }
    if (after.length == 1 && isCapitalsWord(tail)) {
      return true;
    }
    return (POST_STARTS.contains(after[0]) || COMMA_POST_STARTS.contains(after[0]))
        && labelWords(after, MAX_POST_WORDS, true);
  }

  private static final List<String> SPACED_DASHES = List.of(" – ", " — ", " - ");

  /** Where a dash with spaces around it stands in {@code printed}, or -1. */
  private static int dashBetweenPosts(String printed) {
    for (String dash : SPACED_DASHES) {
      int at = printed.indexOf(dash);
      if (at > 0) {
        return at + 1;
      }
    }
    return -1;
  }

  /**
   * Whether the words of a label before and after its dash are a post and a post with a name
   * ({@code Deputy Chief of Staff of the Presidential Executive Office – Presidential Press
   * Secretary Dmitry Peskov}, {@code Заместитель Руководителя Администрации Президента –
   * Пресс-секретарь Президента Д.Песков}): the first part starts as a post does, and neither has
   * another dash.
   */
  private static boolean isPostsAndName(String posts, String postAndName) {
    String[] before = posts.split(" ", -1);
    String[] after = postAndName.split(" ", -1);
    return POST_STARTS.contains(before[0]) && dashBetweenPosts(postAndName) < 0
        && labelWords(before, MAX_POST_WORDS, true) && after.length >= 2
        && labelWords(after, MAX_POST_WORDS, true);
  }

  /**
   * How far into {@code line} a label's colon may stand: {@link #MAX_LABEL} characters, or
   * {@link #MAX_POSTS_LABEL} after a word a post starts with (two posts and a name).
   */
  static int colonLimit(String line) {
    return line.length() > MAX_LABEL && POST_STARTS.contains(firstWord(line))
        ? MAX_POSTS_LABEL + 1 : MAX_LABEL + 1;
  }

  /** The line's first word, up to a space. */
  private static String firstWord(String line) {
    int space = line.indexOf(' ');
    return space < 0 ? line : line.substring(0, space);
  }

  /** A word of two letters or more, all of them capitals ({@code NISHIMURA}, {@code OSD}). */
  private static boolean isCapitalsWord(String word) {
    if (word.length() < 2) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i)) || !Character.isUpperCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code words} may make a label: at most {@code most}, each capitalised (or a number
   * at the end), but the name particles inside it and, in a post, the small words that join it.
   */
  private static boolean labelWords(String[] words, int most, boolean post) {
    if (words.length > most) {
      return false;
    }
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      boolean edge = w == 0 || w == words.length - 1;
      if (word.isEmpty()) {
        return false;
      }
      if (!edge && (PARTICLES.contains(word) || post && CONNECTORS.contains(word))) {
        continue;
      }
      if (isNumber(word) && (w == 0 || w != words.length - 1)) {
        return false;
      }
      if (!isCapitalisedWord(word)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a label's notes hold a timestamp: {@code Anna Orlova (01:27):}. */
  private static boolean isTimestamped(List<String> notes) {
    for (String note : notes) {
      if (TIMESTAMP.matcher(note).matches()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** A Chinese label: two to twelve Chinese characters ({@code 汪明}, {@code 晨光新闻记者}). */
  private static boolean isChineseName(String printed) {
    if (printed.length() < 2 || printed.length() > 12) {
      return false;
    }
    for (int i = 0; i < printed.length(); i++) {
      if (!isHan(printed.charAt(i)) && printed.charAt(i) != '·') {
        return false;
      }
    }
    return true;
  }

  /**
   * A word of a label: a capital, then letters, digits, hyphens (also U+2010 and U+2011) and
   * apostrophes, a dot only after a capital ({@code Q.}, {@code J.}) or in initials
   * ({@code Дж.Коллінз}); or a number ({@code Reporter 2}).
   */
  private static boolean isCapitalisedWord(String word) {
    if (isNumber(word)) {
      return true;
    }
    if (!Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    if (HONORIFICS.contains(word) || Speakers.isRussianInitialsName(word)) {
      return true;
    }
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '.') {
        if (!Character.isUpperCase(word.charAt(i - 1))) {
          return false;
        }
      } else if (!Character.isLetterOrDigit(c) && c != '-' && c != '’' && c != '\''
          && c != '\u2010' && c != '\u2011') {
        return false;
      }
    }
    return true;
  }

  private static boolean isNumber(String word) {
    if (word.isEmpty() || word.length() > 3) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean isKnownSingle(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if ((BASE_SINGLES.contains(lower) || knownSingles.contains(lower)) || speakers.isQuestioner(word)
        || speakers.isPostWord(word)) {
      return true;
    }
    if (word.indexOf('.') > 0 && Speakers.isRussianInitialsName(word)) {
      return true;
    }
    if (word.length() < 2) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return Character.isLetter(word.charAt(word.length() - 1));
  }

  private static int textStart(String line, int from) {
    int i = from;
    while (i < line.length() && Lines.isSpace(line.charAt(i))) {
      i++;
    }
    return i;
  }
}
