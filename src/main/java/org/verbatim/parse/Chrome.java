package org.verbatim.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page chrome: the site's own lines around a transcript, recognised by what they are, wherever
 * they stand. A stripped line is chrome when it is
 * <ul>
 *   <li>a control or site line of {@link #FIXED} ({@code Print}, {@code Font size:},
 *       {@code View settings}, {@code Jump to content}, {@code Read more »}, {@code Additional
 *       materials}, {@code Advanced settings}, {@code official site}, and their Russian, French,
 *       German, Spanish and Chinese forms);
 *   <li>{@code Showing N result.} / {@code Showing N results.};
 *   <li>a counter: digits alone, {@code Views: 1234}, {@code 1234 views}, {@code 169
 *       подписчиков}, {@code 768 days have passed since …};
 *   <li>a tag line: {@code Tags: …}, {@code Теги: …}, or words that all start with {@code #};
 *   <li>a language switcher ({@link LanguageNames}), a breadcrumb ({@code Home > Press}, {@code
 *       Home \ Statements and speeches \}, {@code Документ /}), all-capital section links
 *       ({@code КРЕМЛЬ/МИД/МИНОБОРОНЫ});
 *   <li>a phone or e-mail line, a social handle ({@code @handle}), a bullet of one to three words
 *       ({@code • Flag});
 *   <li>an archive month: {@code January 2019}, {@code July 2020 (3)};
 *   <li>a banner of a government site or an aggregator ({@code An official website of the United
 *       States Government}, {@code You are subscribed to …});
 *   <li>a PDF running head or document code ({@code S/PV.9012}, {@code 22-12345 3/22},
 *       {@code Page 3 of 22}).
 * </ul>
 * Lines after a footer marker ({@link #isFooterStart}) and a contact heading before a phone line
 * are chrome by their place; the readers decide those ({@link ChromeScan}). Stateless;
 * thread-safe.
 */
final class Chrome {

  /** Five spaces or more: the gap between the parts of a running head. */
  private static final Pattern WIDE_GAP = Pattern.compile("\\s{5,}");

  /** Runs of white space between words. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** A breadcrumb separator with spaces around it. */
  private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s+[/>›»\\\\|]\\s+");

  static final Set<String> FIXED = Set.of(
      "print", "print version", "printable version", "version for print", "font size",
      "font size:", "share", "share:", "share this", "share this page", "send by email",
      "send by e-mail", "email this page", "subscribe", "additional materials",
      "advanced settings", "back to top", "to top", "top", "view settings", "site colours:",
      "site colours", "site colors:", "images:", "jump to content", "jump to navigation",
      "skip to content", "skip to main content", "skip to contents", "[edit]", "edit",
      "read more", "read more »", "read more...", "more »", "continue reading", "official site",
      "official website", "general information", "contact us", "contacts", "links", "home",
      "menu", "search", "login", "log in", "sign in", "register", "sitemap", "site map", "rss",
      "feedback", "all news", "all tags", "all materials", "archive material", "breaking news",
      "main page", "version for the visually impaired", "photo", "video", "audio", "gallery",
      "speech", "news story", "press release", "transcript", "the transcript:", "image beacon",
      "advertisement", "related", "related materials", "related content", "see also",
      "archives", "archive", "source:", "from:",
      "версия для печати", "печать", "размер шрифта", "размер шрифта:", "поделиться",
      "отправить по почте", "дополнительные материалы", "расширенный поиск",
      "расширенные настройки", "подписаться", "наверх", "подробнее", "читать далее",
      "официальный сайт", "версия для слабовидящих", "настройки отображения", "цвет сайта:",
      "главная", "новости", "все новости", "материалы по теме", "читайте также", "общая информация",
      "около минуты", "документ", "перейти к содержанию", "перейти к основному содержанию",
      "aller au contenu", "zum inhalt springen", "ir al contenido", "跳到内容", "跳转到主要内容",
      "imprimer", "taille de police", "partager", "documents supplémentaires",
      "paramètres avancés", "lire la suite",
      "drucken", "schriftgröße", "teilen", "zusätzliche materialien", "erweiterte einstellungen",
      "weiterlesen",
      "imprimir", "tamaño de fuente", "compartir", "materiales adicionales",
      "configuración avanzada", "leer más",
      "您所在的位置", "当前位置", "您现在的位置",
      "previous post", "next post", "previous post next post", "up", "read article", "iframe:",
      "більше за темою", "читати також", "字號", "字号",
      "欢迎您 登出", "欢迎您", "登出", "登录", "注册", "打印", "关闭", "分享", "首页", "返回顶部",
      "【打印】", "【关闭】");

  private static final Set<String> FOOTER_STARTS = Set.of(
      "additional materials", "дополнительные материалы", "documents supplémentaires",
      "zusätzliche materialien", "materiales adicionales", "related materials",
      "материалы по теме", "related news", "other news", "latest news", "see also",
      "читайте также", "read also", "more on this topic", "related content", "related",
      "tags", "tags:", "теги", "теги:");

  private static final String[] TAG_PREFIXES =
      {"tags:", "tag:", "теги:", "тэги:", "mots-clés:", "schlagwörter:", "etiquetas:", "标签:",
          "topics:"};
  private static final String[] COUNTER_WORDS = {
      "views", "view", "просмотр", "просмотров", "просмотра", "comments", "комментари",
      "likes", "subscribers", "followers", "подписчик", "reads", "shares"};
  private static final String[] CRUMB_STARTS =
      {"home", "main page", "главная", "accueil", "startseite", "inicio", "首页", "головна"};
  private static final String[] CONTAINS = {
      "official website of the united states government", "here's how you know",
      "here’s how you know", "official websites use .gov", ".gov website belongs to",
      "secure .gov websites use https", "safely connected to the .gov website",
      "you are subscribed to", "delivered to your inbox", "subscribe to our newsletter",
      "this information has recently been updated, and is now available",
"transcribe your own content",
      "try rev ", "вы используете устаревшую версию браузера", "this was published under the 20", "this was published under the 19",
      "post first appeared on", "article first appeared on", "this archive site is not updated", "for current information, go to",
      "click to view", "click to enlarge", "[original article link]", "打印本页", "责任编辑",
      "責任編輯", "пропустити розділ"};
  private static final String[] STARTS = {
      "tel.", "tel:", "tel ", "phone:", "fax:", "fax.", "e-mail:", "email:", "тел.", "тел:",
      "телефон:", "факс:", "follow us", "subscribe to", "sign up", "download the app",
      "get the app", "from: ", "source: ", "您所在的位置", "当前位置", "您现在的位置",
      "photo: ", "foto: ", "фото: ", "image: ",
      "来源:", "来源：", "來源:", "character spacing", "select font",
      "line spacing", "letter spacing"};
  private static final Pattern PHONE =
      Pattern.compile("(?:\\+|\\(\\+)?[\\d()\\-.\\s/]{7,}(?:\\s*(?:ext\\.?|доб\\.?)\\s*\\d+)?");
  private static final Pattern EMAIL = Pattern.compile("[\\w.+\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+");
  private static final Pattern DOCUMENT_CODE = Pattern.compile(
      "(?:[A-Z]{1,5}/)+[A-Z0-9][A-Za-z0-9.\\-/()]*(?:\\s+\\d{1,3}/\\d{1,3})?"
          + "|\\d{2}-\\d{5}(?:\\s*\\(\\w\\))?(?:\\s+\\d{1,3}/\\d{1,3})?"
          + "|(?:[Pp]age|Стр\\.?|Страница)\\s+\\d{1,4}(?:\\s*(?:of|из|/)\\s*\\d{1,4})?"
          + "|\\d{1,3}\\s*/\\s*\\d{1,3}");
  private static final Pattern WEB_DOMAIN =
      Pattern.compile("[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)*\\.(?:ru|com|org|net|gov|uk|cn|int|info|su|de|fr)(?:/\\S*)?");
  private static final Pattern READING_TIME =
      Pattern.compile("\\d{1,3}\\s*(?:min|mins|minutes|мин|минут|хв)\\.?(?:\\s+read)?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern FILE_SIZE =
      Pattern.compile("\\(\\s*\\d[\\d.,]*\\s*(?:kb|mb|кб|мб)\\s*\\)", Pattern.CASE_INSENSITIVE);
  private static final Pattern CAPITAL_LINKS =
      Pattern.compile("[\\p{Lu}\\d]{2,}(?:\\s?/\\s?[\\p{Lu}\\d]{2,}){1,}");

  /** Longest line looked at in full; longer lines are chrome only by what they contain. */
  private static final int MAX_LENGTH = 120;
  /** Longest caption, running head or line with a glued breadcrumb. */
  private static final int MAX_CAPTION = 200;
  /** Longest fixed line, counter or result count. */
  private static final int MAX_FIXED = 48;
  /** How far into a line a phrase of {@link #CONTAINS} may start. */
  private static final int PHRASE_WINDOW = 64;
  /** Longest banner or notice of {@link #CONTAINS}. */
  private static final int MAX_BANNER = 250;

  private Chrome() {}

  /** Whether the stripped line {@code line} is chrome. */
  static boolean is(String line) {
    int length = line.length();
    if (length == 0) {
      return false;
    }
    char first = line.charAt(0);
    if (first == '#') {
      return allHashTags(line);
    }
    if (length > MAX_LENGTH) {
      // Paragraphs are long: only what a long site line can be is looked for, and not at all in
      // the longest lines, which are always text.
      return startsWithAny(line, TAG_PREFIXES) || isGluedNavigation(line) || isDaysCounter(line)
          || length <= MAX_BANNER && containsAny(line)
          || length <= MAX_CAPTION && (isRunningHead(line) || isPhotoCaption(line)
          || endsInGluedCrumb(line));
    }
    // One pass notes which characters the line has; most tests then need no pass of their own.
    int run = 0;
    int longestRun = 0;
    boolean separator = false;
    boolean marks = false;
    boolean colon = false;
    boolean at = false;
    boolean paren = false;
    boolean space = false;
    for (int i = 0; i < length; i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        space = true;
        longestRun = Math.max(longestRun, ++run);
        continue;
      }
      run = 0;
      switch (c) {
        case '/', '>', '›', '»', '\\', '|' -> separator = true;
        case ':', '—' -> {
          colon = true;
          marks = true;
        }
        case '.', ',', '?', '!', '"' -> marks = true;
        case '@' -> at = true;
        case '(' -> paren = true;
        default -> { }
      }
    }
    if (longestRun >= 5 && isRunningHead(line) || separator && endsInGluedCrumb(line)
        || isPromotion(line) || isGluedNavigation(line) || isDoubled(line)
        || !space && isAddress(line) || isReadingTime(line) || paren && isFileLink(line)
        || isTagWords(line) || colon && isPhotoCaption(line)) {
      return true;
    }
    if (Character.isDigit(first) || first == '+' || first == '(') {
      return allDigits(line) || isCounter(line) || isDaysCounter(line) || isPhone(line)
          || containsAny(line)
          || DOCUMENT_CODE.matcher(line).matches();
    }
    if (first == '@') {
      return line.indexOf(' ') < 0 && length > 1;
    }
    if (first == '•' || first == '·' || first == '▪' || first == '►') {
      return isShortBullet(line) && LanguageMarker.read(line) == null;
    }
    if (first == '[' || first == '【') {
      return FIXED.contains(line.toLowerCase(Locale.ROOT));
    }
    // Fixed lines, counters and "Showing N results" are short: only they are copied in lower case.
    String lower = length <= MAX_FIXED ? line.toLowerCase(Locale.ROOT) : null;
    if (lower != null && (FIXED.contains(lower) || isShowing(lower)
        || isPrefixedCounter(lower)) || startsWithAny(line, TAG_PREFIXES)
        || DateLines.isMonthOfYear(line) || containsAny(line)
        || startsWithAny(line, STARTS) && short_(line) || at && isEmailLine(line)
        || !marks && LanguageNames.isSwitcher(line) || separator && isCrumb(line)) {
      return true;
    }
    return Character.isUpperCase(first) && separator
        && (CAPITAL_LINKS.matcher(line).matches() || DOCUMENT_CODE.matcher(line).matches())
        || (first == 'P' || first == 'p' || first == 'С') && length <= 24
        && Character.isDigit(line.charAt(length - 1)) && DOCUMENT_CODE.matcher(line).matches();
  }

  /**
   * Whether the stripped line starts a page's footer ({@code Additional materials}, {@code
   * Related news}, {@code Tags}): what follows it, short lines up to the next prose, is the
   * site's too.
   */
  static boolean isFooterStart(String line) {
    return line.length() < 32 && FOOTER_STARTS.contains(line.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the stripped line is a short heading ending in a colon ({@code Consular queries:},
   * {@code Press service:}) that a phone or e-mail line follows: a contact heading.
   */
  static boolean isContactLine(String line) {
    return isPhone(line) || isEmailLine(line)
        || startsWithAny(line.toLowerCase(Locale.ROOT), STARTS) && short_(line);
  }

  /**
   * A PDF page's running head or foot: a short line whose parts stand far apart (five spaces or
   * more), one of them a date, a page number or a document code ({@code Press briefing by Erik
   * Sande      24/02/2022}).
   */
  private static boolean isRunningHead(String line) {
    if (line.length() > 160) {
      return false;
    }
    int gap = line.indexOf("     ");
    if (gap < 0) {
      return false;
    }
    String[] parts = WIDE_GAP.split(line);
    for (String part : parts) {
      String p = Lines.strip(part);
      if (!p.isEmpty() && (DOCUMENT_CODE.matcher(p).matches() || allDigits(p)
          || DateLines.read(p) != null && DateLines.read(p).shape() == DateLines.Shape.DATE)) {
        return true;
      }
    }
    return false;
  }

  /** A line ending in a breadcrumb glued to it with no spaces: {@code …minutes.Home›Blog›Transcripts}. */
  private static boolean endsInGluedCrumb(String line) {
    // The crumb ends the line: only its tail is looked at.
    int from = Math.max(0, line.length() - 80);
    if (line.indexOf('›', from) < 0 && line.indexOf('»', from) < 0
        && line.indexOf('>', from) < 0) {
      return false;
    }
    for (String start : new String[] {"Home›", "Home»", "Home>", "Главная›", "Главная»"}) {
      int at = line.lastIndexOf(start);
      if (at >= 0 && line.indexOf(' ', at) < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Navigation links run together with no spaces: a first word with three or more capitals
   * inside it ({@code RevBlogTranscriptsAntony Carver Transcripts…}).
   */
  private static boolean isGluedNavigation(String line) {
    int end = line.indexOf(' ');
    String first = end < 0 ? line : line.substring(0, end);
    int humps = 0;
    for (int i = 1; i < first.length(); i++) {
      if (Character.isUpperCase(first.charAt(i)) && Character.isLowerCase(first.charAt(i - 1))) {
        humps++;
      }
    }
    return humps >= 3;
  }

  /** A photograph's caption with its credit: {@code … Фото: Agency/Name}, {@code Photo: …}. */
  private static boolean isPhotoCaption(String line) {
    if (line.length() > 200) {
      return false;
    }
    int oto = line.indexOf("ото");
    int latin = line.indexOf("oto");
    return oto > 0 && (line.startsWith("Фото:", oto - 1) || line.startsWith("Фото —", oto - 1))
        || latin > 0 && (line.contains("Foto:") || line.contains("Photo:")
        || line.contains("Photo credit"));
  }

  /** A link printed twice, glued: {@code Printer-friendly versionPrinter-friendly version}. */
  private static boolean isDoubled(String line) {
    int half = line.length() / 2;
    return line.length() >= 8 && line.length() <= 120 && line.length() % 2 == 0
        && line.regionMatches(0, line, half, half);
  }

  /** A web address alone: {@code https://example.org/p/3T}, {@code interaffairs.ru}. */
  private static boolean isAddress(String line) {
    if (line.length() > 200 || line.indexOf(' ') >= 0) {
      return false;
    }
    return line.startsWith("http://") || line.startsWith("https://") || line.startsWith("www.")
        || WEB_DOMAIN.matcher(line).matches();
  }

  /** {@code 25 min read}, {@code 19 Min}, {@code 3 мин}. */
  private static boolean isReadingTime(String line) {
    return line.length() <= 16 && READING_TIME.matcher(line).matches();
  }

  /** A file to download: {@code Audio part 1 mp3 (58678 kb)}. */
  private static boolean isFileLink(String line) {
    return line.length() <= 120 && line.indexOf('(') >= 0 && FILE_SIZE.matcher(line).find();
  }

  /**
   * Tags in lower case, one to four words and nothing else ({@code maria zakharova}): speech is
   * never printed so.
   */
  private static boolean isTagWords(String line) {
    if (line.length() > 48) {
      return false;
    }
    int words = 1;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        words++;
      } else if (!Character.isLetter(c) || !Character.isLowerCase(c)) {
        return false;
      }
    }
    return words <= 4;
  }

  /** A transcription service's advertisement: {@code Try … free …}, {@code Transcribe …}. */
  private static boolean isPromotion(String line) {
    if (line.length() > 120 || line.indexOf("ranscri") < 0 && line.indexOf("RANSCRI") < 0) {
      return false;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    return lower.startsWith("try ") || lower.contains(" free") || lower.startsWith("transcribe ")
        || lower.contains("sign up");
  }


  private static boolean short_(String line) {
    return line.length() <= 80;
  }

  private static boolean allDigits(String line) {
    if (line.length() > 9) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      if (!Character.isDigit(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code 768 days have passed since the … incident}: a mission's counter of days. */
  private static boolean isDaysCounter(String line) {
    if (line.isEmpty() || !Character.isDigit(line.charAt(0))) {
      return false;
    }
    int i = 0;
    while (i < line.length() && Character.isDigit(line.charAt(i))) {
      i++;
    }
    return line.startsWith(" days have passed since", i) || line.startsWith(" дней прошло", i)
        || line.startsWith(" дня прошло", i) || line.startsWith(" день прошел", i);
  }

  /** {@code 1234 views}, {@code 1234 просмотра}, {@code 169 подписчиков}. */
  private static boolean isCounter(String line) {
    int space = line.indexOf(' ');
    if (space < 1 || !allDigits(line.substring(0, space).replace(",", ""))) {
      return false;
    }
    String rest = line.substring(space + 1).toLowerCase(Locale.ROOT);
    if (rest.indexOf(' ') >= 0) {
      return false;
    }
    for (String word : COUNTER_WORDS) {
      if (rest.startsWith(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPrefixedCounter(String lower) {
    int colon = lower.indexOf(':');
    if (colon < 3 || colon > 16) {
      return false;
    }
    String word = lower.substring(0, colon);
    String rest = Lines.strip(lower.substring(colon + 1));
    if (!allDigits(rest) || rest.isEmpty()) {
      return false;
    }
    for (String counter : COUNTER_WORDS) {
      if (word.startsWith(counter)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPhone(String line) {
    if (line.length() > 40) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < line.length(); i++) {
      if (Character.isDigit(line.charAt(i))) {
        digits++;
      }
    }
    return digits >= 7 && PHONE.matcher(line).matches() && Dates.first(line) == null
        && DateLines.idDate(line) == null;
  }

  private static boolean isEmailLine(String line) {
    if (line.indexOf('@') < 0 || line.length() > 80) {
      return false;
    }
    return EMAIL.matcher(line).find() && SPACES.split(line).length <= 6;
  }

  /** {@code showing 1 result.}, {@code showing 12 results.} */
  private static boolean isShowing(String lower) {
    if (!lower.startsWith("showing ")) {
      return false;
    }
    int i = "showing ".length();
    int digits = i;
    while (i < lower.length() && Character.isDigit(lower.charAt(i))) {
      i++;
    }
    String rest = lower.substring(i);
    return i > digits && (rest.equals(" result.") || rest.equals(" results.")
        || rest.equals(" result") || rest.equals(" results"));
  }

  /**
   * A breadcrumb: segments separated by {@code /}, {@code >}, {@code ›}, {@code »}, {@code \} or
   * {@code |} with spaces around, starting at a home word, or ending in a separator, or three
   * or more short segments, none a sentence.
   */
  private static boolean isCrumb(String line) {
    char last = line.charAt(line.length() - 1);
    boolean trailing = isCrumbSeparator(last) && line.length() > 2
        && Lines.isSpace(line.charAt(line.length() - 2));
    if (!trailing && !hasSpacedSeparator(line)) {
      return false;
    }
    String body = trailing ? Lines.strip(line.substring(0, line.length() - 1)) : line;
    String[] segments = CRUMB_SEPARATOR.split(body);
    if (segments.length < 2 && !trailing) {
      return false;
    }
    for (String segment : segments) {
      if (segment.isEmpty() || segment.length() > 60 || segment.endsWith(".")
          || segment.indexOf('?') >= 0 || segment.split(" ").length > 8) {
        return false;
      }
    }
    if (trailing) {
      return true;
    }
    for (String start : CRUMB_STARTS) {
      if (line.regionMatches(true, 0, start, 0, start.length())
          && segments[0].length() == start.length()) {
        return true;
      }
    }
    return segments.length >= 3 && body.indexOf(':') < 0;
  }

  private static boolean hasSpacedSeparator(String line) {
    for (int i = 1; i < line.length() - 1; i++) {
      if (isCrumbSeparator(line.charAt(i)) && Lines.isSpace(line.charAt(i - 1))
          && Lines.isSpace(line.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCrumbSeparator(char c) {
    return c == '/' || c == '>' || c == '›' || c == '»' || c == '\\' || c == '|';
  }

  private static boolean isShortBullet(String line) {
    String rest = Lines.strip(line.substring(1));
    if (rest.isEmpty()) {
      return true;
    }
    if (rest.endsWith(".") || rest.indexOf('?') >= 0 || rest.length() > 40) {
      return false;
    }
    return Prose.words(rest) <= 3;
  }


  private static boolean allHashTags(String line) {
    for (String word : line.split(" ")) {
      if (!word.isEmpty() && (word.charAt(0) != '#' || word.length() < 2)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code line} holds one of {@link #CONTAINS}, in any case: one pass over the line,
   * trying at each character only the phrases that start with it (the line is not copied).
   */
  private static boolean containsAny(String line) {
    if (line.length() > MAX_BANNER) {
      return false;
    }
    // Every phrase starts the line or follows a space, near the start of the line (banners and
    // notices open their line); a Chinese one may stand anywhere.
    int i = 0;
    int window = Math.min(line.length() - 1, PHRASE_WINDOW);
    while (i < window) {
      if (phraseAt(line, i)) {
        return true;
      }
      int space = line.indexOf(' ', i);
      if (space < 0) {
        break;
      }
      i = space + 1;
    }
    for (int k = 0; k < window; k++) {
      if (line.charAt(k) >= '\u3000' && phraseAt(line, k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean phraseAt(String line, int i) {
    if (i + 2 < line.length() && !TRIGRAMS[trigram(line, i)]) {
      return false; // no phrase starts with these three characters
    }
    char c = line.charAt(i);
    c = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
    if (c >= FIRST_CHARS.length || FIRST_CHARS[c] == null || i + 1 >= line.length()
        || !SECOND_CHARS[c].get(Character.toLowerCase(line.charAt(i + 1)))) {
      return false;
    }
    for (String part : FIRST_CHARS[c]) {
      if (line.regionMatches(true, i, part, 0, part.length())) {
        return true;
      }
    }
    return false;
  }



  /** The phrases of {@link #CONTAINS} by their first character, for {@link #containsAny}. */
  private static final String[][] FIRST_CHARS = byFirstChar(CONTAINS);
  /** The first three characters of the phrases, hashed: most word starts fail this test. */
  private static final boolean[] TRIGRAMS = trigrams(CONTAINS);

  private static boolean[] trigrams(String[] parts) {
    boolean[] out = new boolean[4096];
    for (String part : parts) {
      if (part.length() >= 3) {
        out[trigram(part, 0)] = true;
      } else {
        java.util.Arrays.fill(out, true);
      }
    }
    return out;
  }

  /** A hash of the three characters at {@code i}, in lower case. */
  private static int trigram(String s, int i) {
    int h = 0;
    for (int k = i; k < i + 3; k++) {
      char c = s.charAt(k);
      c = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
      h = h * 31 + c;
    }
    return h & 4095;
  }

  /** The second characters of those phrases, by first: most word starts fail this test. */
  private static final java.util.BitSet[] SECOND_CHARS = secondChars(FIRST_CHARS);

  private static java.util.BitSet[] secondChars(String[][] byFirst) {
    java.util.BitSet[] out = new java.util.BitSet[byFirst.length];
    for (int c = 0; c < byFirst.length; c++) {
      if (byFirst[c] != null) {
        out[c] = new java.util.BitSet();
        for (String part : byFirst[c]) {
          out[c].set(part.charAt(1));
        }
      }
    }
    return out;
  }

  private static String[][] byFirstChar(String[] parts) {
    int size = 0;
    for (String part : parts) {
      size = Math.max(size, part.charAt(0) + 1);
    }
    java.util.List<java.util.List<String>> lists = new java.util.ArrayList<>();
    for (int i = 0; i < size; i++) {
      lists.add(null);
    }
    for (String part : parts) {
      char c = part.charAt(0);
      if (lists.get(c) == null) {
        lists.set(c, new java.util.ArrayList<>());
      }
      lists.get(c).add(part);
    }
    String[][] out = new String[size][];
    for (int i = 0; i < size; i++) {
      out[i] = lists.get(i) == null ? null : lists.get(i).toArray(String[]::new);
    }
    return out;
  }

  private static boolean startsWithAny(String line, String[] prefixes) {
    if (line.isEmpty()) {
      return false;
    }
    char first = Character.toLowerCase(line.charAt(0));
    for (String prefix : prefixes) {
      if (prefix.charAt(0) == first && line.regionMatches(true, 0, prefix, 0, prefix.length())) {
        return true;
      }
    }
    return false;
  }

}
