package org.verbatim.parse;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.model.Participant;

/**
 * Who a label names, and whether it asks.
 *
 * <ul>
 *   <li>Questioners: {@code Question}, {@code Q}, {@code Q.}, {@code Вопрос}, {@code Frage},
 *       {@code Pregunta}, {@code Journalist}, {@code Журналист}, {@code Correspondent},
 *       {@code Корреспондент}, {@code 记者} and any label with one of those words in it
 *       ({@code JOURNALIST QUESTION}, {@code CCTV reporter}, {@code 澎湃新闻记者}); the title's
 *       outlets; labels with a media word ({@code Harbour TV}, {@code Daily}, {@code News},
 *       {@code Agency}, {@code газета}, {@code 新闻} …); and the labels {@link Questioners} finds
 *       asking, in any case. The speaker is the label as printed.
 *   <li>Answer words ({@code A}, {@code A.}, {@code Answer}, {@code Ответ}, {@code Antwort},
 *       {@code Respuesta}, {@code Réponse}): the principal speaker, else the label.
 *   <li>Initials and a surname ({@code С.В. ЛАВРОВ}, {@code С. В. Лавров}, {@code Дж.Керрі}) are
 *       written {@code С.В.Лавров}.
 *   <li>A post before a name ({@code President of Russia Vladimir Putin}) is dropped:
 *       {@code Vladimir Putin}; so is a post after a name and a comma, with the forms of address
 *       before the name ({@code Shri Ravi Menon, Official Spokesperson}: {@code Ravi Menon}).
 *   <li>A label equal to the principal speaker's name in any case, or whose only word besides an
 *       honorific or a post (Mr, Mrs, Ms, Dr, Secretary, Under Secretary, Ambassador …) is the
 *       principal's surname ({@code MR PETROV}), is the principal speaker; any other label is
 *       its own speaker.
 * </ul>
 * Not thread-safe: one per page.
 */
final class Speakers {

  /** Spaces, commas and brackets between words. */
  private static final Pattern WORD_GAP = Pattern.compile("[\\s,()]+");

  private static final Set<String> QUESTIONERS = Set.of(
      "question", "q", "q.", "вопрос", "запитання", "питання", "frage", "pregunta", "journalist",
      "журналист", "журналіст", "correspondent", "корреспондент", "кореспондент", "reporter",
      "question from the audience", "comment", "реплика");
  private static final Set<String> QUESTION_WORDS = Set.of(
      "question", "вопрос", "запитання", "journalist", "журналист", "журналіст", "correspondent",
      "корреспондент", "кореспондент", "reporter", "pregunta", "frage");
  private static final Set<String> MEDIA_WORDS = Set.of(
      "tv", "television", "news", "agency", "daily", "times", "radio", "gazette", "journal",
      "channel", "newspaper", "magazine", "broadcasting", "network", "telegraph", "herald",
      "tribune", "press agency", "газета", "газеты", "новости", "агентство", "телеканал",
      "радио", "телевидение", "информагентство", "ria", "tass", "itar-tass", "reuters", "afp",
      "bloomberg", "cnn", "bbc", "nhk", "xinhua", "kyodo", "yonhap", "ap", "cctv", "cgtn",
      "shimbun");
  private static final String[] MEDIA_CJK = {"记者", "新闻", "电视", "日报", "通讯社", "社", "台"};
  private static final Set<String> ANSWERERS = Set.of(
      "a", "a.", "answer", "ответ", "відповідь", "antwort", "respuesta", "réponse");
  private static final Set<String> HONORIFICS = Set.of(
      "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "secretary", "under", "deputy",
      "assistant", "ambassador", "minister", "president", "spokesperson", "general", "admiral",
      "senator", "governor", "господин", "госпожа");
  /** Forms of address before a name: not part of it. */
  private static final Set<String> ADDRESS = Set.of(
      "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "shri", "smt", "smt.", "shrimati",
      "h.e.", "господин", "госпожа");
  private static final Pattern INITIALS_NAME = Pattern.compile(
      "([А-ЯЁІЇЄҐ][а-яёіїєґ]?)\\.\\s?(?:([А-ЯЁІЇЄҐ][а-яёіїєґ]?)\\.\\s?)?"
          + "([А-ЯЁІЇЄҐ][А-ЯЁІЇЄҐа-яёіїєґ'’]*(?:-[А-ЯЁІЇЄҐ][А-ЯЁІЇЄҐа-яёіїєґ'’]*)?)");

  private Participant principal;
  private final Set<String> questioners = new HashSet<>();
  /** Each label's answer once: a long page asks about the same few labels on every turn. */
  private final Map<String, Boolean> asking = new HashMap<>();
  /** Each label's answer to {@link #isPrincipal}, for the same reason. */
  private final Map<String, Boolean> principalLabels = new HashMap<>();

  Speakers(Participant principal, List<String> outletNames) {
    this.principal = principal;
    for (String outlet : outletNames) {
      questioners.add(outlet.toLowerCase(Locale.ROOT));
    }
  }

  /** Whether {@code label} asks questions. */
  boolean isQuestioner(String label) {
    Boolean known = asking.get(label);
    if (known == null) {
      known = asks(label);
      asking.put(label, known);
    }
    return known;
  }

  private boolean asks(String label) {
    String lower = label.toLowerCase(Locale.ROOT);
    if (QUESTIONERS.contains(lower) || questioners.contains(lower)) {
      return true;
    }
    if (isPrincipal(label)) {
      return false;
    }
    for (String word : WORD_GAP.split(lower)) {
      if (QUESTION_WORDS.contains(word) || MEDIA_WORDS.contains(word)) {
        return true;
      }
    }
    for (String media : MEDIA_CJK) {
      if (label.endsWith(media) || media.length() > 1 && label.contains(media)) {
        return true;
      }
    }
    return false;
  }

  /** The principal speaker: the title's, or one {@link #adopt}ed from the labels; or null. */
  Participant principal() {
    return principal;
  }

  /**
   * When the title names no principal speaker with a post, takes the speaker of a label whose
   * name the title prints ({@code Mark Dalton River Talks Press Conference Transcript} and a
   * label {@code Mark Dalton (00:02):}): the one the title names first.
   */
  void adopt(String title, Iterable<String> labels) {
    if (principal != null || title == null) {
      return;
    }
    String lower = title.toLowerCase(Locale.ROOT);
    int first = Integer.MAX_VALUE;
    for (String label : labels) {
      if (label == null || isQuestioner(label) || isAnswerWord(label)) {
        continue;
      }
      String name = resolveName(label);
      int at = lower.indexOf(name.toLowerCase(Locale.ROOT));
      if (name.length() >= 5 && (name.indexOf(' ') > 0 || name.indexOf('.') > 0) && at >= 0
          && at < first) {
        first = at;
        principal = new Participant(name, null);
      }
    }
    asking.clear();
    principalLabels.clear();
  }

  /** Marks {@code label} a questioner: {@link Questioners} saw it ask. */
  void addQuestioner(String label) {
    questioners.add(label.toLowerCase(Locale.ROOT));
    asking.clear();
  }

  boolean isAnswerWord(String label) {
    return ANSWERERS.contains(label.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code label} names the principal speaker. */
  boolean isPrincipal(String label) {
    if (principal == null) {
      return false;
    }
    Boolean known = principalLabels.get(label);
    if (known == null) {
      known = resolveName(label).equals(principal.name());
      principalLabels.put(label, known);
    }
    return known;
  }

  /** The name of whoever speaks under {@code label}. */
  String resolve(String label) {
    if (isQuestioner(label)) {
      return label;
    }
    if (isAnswerWord(label)) {
      return principal != null ? principal.name() : label;
    }
    return resolveName(label);
  }

  private String resolveName(String label) {
    int comma = label.indexOf(", ");
    if (comma > 0) {
      // Shri Arindam Bagchi, Official Spokesperson: the name before the comma, its post after
      label = withoutHonorifics(label.substring(0, comma));
    }
    String name = russianInitialsName(label);
    if (name.equals(label)) {
      name = initialsNameAfterPost(label);
    }
    if (name.equals(label)) {
      Participant split = label.indexOf(' ') > 0 ? PersonPhrase.split(label) : null;
      if (split != null && split.role() != null && hasPost(split.role())) {
        name = split.name();
      }
    }
    if (principal == null) {
      return name;
    }
    if (name.equalsIgnoreCase(principal.name())
        || Homoglyphs.fold(name).equalsIgnoreCase(Homoglyphs.fold(principal.name()))) {
      return principal.name();
    }
    if (isPostWord(label) || sameInitialsName(name, principal.name())) {
      return principal.name();
    }
    String surname = surname(principal.name());
    String[] words = label.split(" ");
    int first = 0;
    while (first < words.length - 1 && HONORIFICS.contains(words[first].toLowerCase(Locale.ROOT))) {
      first++;
    }
    if (words.length - first == 1 && words[first].equalsIgnoreCase(surname)) {
      return principal.name();
    }
    return name;
  }

  /** {@code name} without the forms of address before it ({@code Mr.}, {@code Shri}). */
  private static String withoutHonorifics(String name) {
    String[] words = name.split(" ");
    int first = 0;
    while (first < words.length - 1 && ADDRESS.contains(words[first].toLowerCase(Locale.ROOT))) {
      first++;
    }
    return String.join(" ", Arrays.copyOfRange(words, first, words.length));
  }

  /**
   * Whether the one-word {@code label} is the key word of the principal's post: {@code
   * Spokesperson} for the Spokesperson for the Secretary-General.
   */
  boolean isPostWord(String label) {
    if (principal == null || principal.role() == null || label.indexOf(' ') >= 0
        || !HONORIFICS.contains(label.toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (String word : principal.role().split(" ")) {
      if (word.equalsIgnoreCase(label)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasPost(String post) {
    for (String word : post.split(" ")) {
      if (HONORIFICS.contains(word.toLowerCase(Locale.ROOT)) || word.equals("Prime")
          || word.equals("Foreign") || word.equals("Chairman") || word.equals("Premier")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two names in initials are the same person: the same surname, and the initials of
   * one the start of the other's ({@code И.Жмурин} and {@code И.Р.Жмурин}).
   */
  private static boolean sameInitialsName(String a, String b) {
    if (!isRussianInitialsName(a) || !isRussianInitialsName(b)
        || !surname(a).equalsIgnoreCase(surname(b))) {
      return false;
    }
    String initialsA = a.substring(0, a.length() - surname(a).length());
    String initialsB = b.substring(0, b.length() - surname(b).length());
    return initialsA.startsWith(initialsB) || initialsB.startsWith(initialsA);
  }

  /**
   * The surname in a name: its last word, after any initials ({@code С.В.Лавров} → Лавров); but
   * the first of two words when it alone is in capitals ({@code MOTEGI Toshimitsu}, as Japan's
   * Foreign Ministry prints names).
   */
  static String surname(String name) {
    int space = name.indexOf(' ');
    if (space > 1 && space == name.lastIndexOf(' ')) {
      String first = name.substring(0, space);
      String last = name.substring(space + 1);
      if (first.equals(first.toUpperCase(Locale.ROOT)) && !last.equals(last.toUpperCase(Locale.ROOT))
          && first.chars().allMatch(Character::isLetter)) {
        return first;
      }
    }
    int cut = Math.max(name.lastIndexOf(' '), name.lastIndexOf('.'));
    return name.substring(cut + 1);
  }

  static boolean isRussianInitialsName(String label) {
    return INITIALS_NAME.matcher(label).matches();
  }

  /**
   * The name in initials that ends a label after a post ({@code Д.Песков} of {@code Пресс-секретарь
   * Президента Д.Песков}); the label unchanged when it ends in none.
   */
  private static String initialsNameAfterPost(String label) {
    String[] words = label.split(" ");
    for (int tail = 1; tail <= 2 && tail < words.length; tail++) {
      String name = String.join(" ",
          Arrays.copyOfRange(words, words.length - tail, words.length));
      if (isRussianInitialsName(name)) {
        return russianInitialsName(name);
      }
    }
    return label;
  }

  /** {@code С.В. ЛАВРОВ} → {@code С.В.Лавров}; any other label unchanged. */
  static String russianInitialsName(String label) {
    Matcher m = INITIALS_NAME.matcher(label);
    if (!m.matches()) {
      return label;
    }
    StringBuilder surname = new StringBuilder(m.group(3).length());
    boolean wordStart = true;
    for (int i = 0; i < m.group(3).length(); i++) {
      char c = m.group(3).charAt(i);
      surname.append(wordStart ? Character.toUpperCase(c) : Character.toLowerCase(c));
      wordStart = c == '-';
    }
    return m.group(1) + "." + (m.group(2) == null ? "" : m.group(2) + ".") + surname;
  }
}
