package org.verbatim.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.verbatim.entity.Trie.Match;

/**
 * The candidate mentions of one text: names of the catalogue (longest match), documents and
 * events by their kind words, and people after a post, by their initials or by a Russian given
 * name and surname. The candidates that do not overlap a longer one are kept.
 */
final class Scan {

  private static final String SENTENCE_END = ".!?;:";
  private static final String BREAKS = ".!?;:,()[]«»\"“”";
  private static final String DASHES = "-–—";
  /** Which of two overlapping candidates is kept: the longer, then the better ranked, the first. */
  private static final Comparator<Span> PREFERRED = Comparator.comparingInt(Span::length)
      .reversed().thenComparingInt(Span::rank).thenComparingInt(Span::from);
  private static final Comparator<Span> IN_ORDER = Comparator.comparingInt(Span::from);
  /** The words that begin a kind or a post, forms of address and stop words: no word of a name. */
  private static final int NOT_A_NAME = Catalogue.DOCUMENT_KINDS | Catalogue.EVENT_KINDS
      | Catalogue.ORGANIZATION_KINDS | Catalogue.PLACE_KINDS | Catalogue.POSTS
      | Catalogue.HONORIFIC | Catalogue.STOP;

  private final Catalogue catalogue;
  private final Trie<Named> local;
  final String text;
  final List<Token> tokens;
  private final Token.Words words;
  /** Each word's forms, which the word keeps once the catalogue gave them. */
  private final Trie.Forms forms;
  /** The name found starting at each word, if any; null when the text names none. */
  private final Match<Named>[] starting;
  /** The most words a name of {@link #starting} may have. */
  private final int longestName;

  @SuppressWarnings("unchecked")
  Scan(Catalogue catalogue, Trie<Named> local, String text) {
    this.catalogue = catalogue;
    this.local = local;
    this.text = text;
    this.words = Token.words(text);
    this.tokens = words.tokens();
    this.forms = i -> catalogue.forms(tokens.get(i)).forms();
    Trie.Forms nameForms = new Trie.Forms() {
      @Override
      public List<String> of(int index) {
        return forms.of(index);
      }

      @Override
      public boolean comma(int index) {
        return gapHas(index, ",;()"); // a line break too: no name runs across paragraphs
      }
    };
    Match<Named>[] found = null;
    for (int i = 0; i < tokens.size(); i++) {
      if ((begins(i) & Catalogue.NAMES) == 0 && local == null) {
        continue;
      }
      Match<Named> match = catalogue.names.longest(tokens, i, nameForms);
      if (match == null && local != null) {
        match = local.longest(tokens, i, nameForms);
      }
      if (match != null) {
        if (found == null) {
          found = new Match[tokens.size()];
        }
        found[i] = match;
      }
    }
    starting = found;
    longestName = Math.max(catalogue.names.longestKey(), local == null ? 0 : local.longestKey());
  }

  /** The kept candidates, in reading order. */
  List<Span> spans() {
    List<Span> candidates = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Match<Named> match = startingAt(i);
      if (match != null) {
        Named named = match.entry().value();
        candidates.add(new Span(i, match.to(), named.type(), named, null, null, 1));
        if (named.type() == EntityType.COUNTRY) {
          republic(i, match, candidates);
        }
      }
      int begins = begins(i);
      if ((begins & Catalogue.DOCUMENT_KINDS) != 0) {
        document(i, candidates);
      }
      if ((begins & Catalogue.EVENT_KINDS) != 0) {
        event(i, candidates);
      }
      if ((begins & Catalogue.ORGANIZATION_KINDS) != 0) {
        kind(i, catalogue.organizationKinds, EntityType.ORGANIZATION, candidates);
      }
      if ((begins & Catalogue.PLACE_KINDS) != 0) {
        kind(i, catalogue.placeKinds, EntityType.PLACE, candidates);
      }
      if ((begins & Catalogue.POSTS) != 0) {
        personAfterPost(i, candidates);
      }
      if (tokens.get(i).capitalised()) {
        personByInitials(i, candidates);
        russianPerson(i, candidates);
        latinRussianPerson(i, candidates);
        personBeforePost(i, candidates); // before an equal span with no post: Zhang Jun, Ambassador
        familyFirstPerson(i, candidates);
      }
    }
    candidates.sort(PREFERRED);
    boolean[] taken = new boolean[tokens.size()];
    List<Span> kept = new ArrayList<>();
    for (Span span : candidates) {
      boolean free = true;
      for (int i = span.from(); i < span.to() && free; i++) {
        free = !taken[i];
      }
      if (free) {
        for (int i = span.from(); i < span.to(); i++) {
          taken[i] = true;
        }
        kept.add(span);
      }
    }
    kept.sort(IN_ORDER);
    return kept;
  }

  /** Where word {@code i} begins in the text. */
  int start(int i) {
    return words.start(i);
  }

  /** Where word {@code i} ends in the text. */
  int end(int i) {
    return words.end(i);
  }

  int start(Span span) {
    return words.start(span.from());
  }

  int end(Span span) {
    int end = words.end(span.to() - 1);
    // resolution 2510 (2020): the closing bracket of a year in brackets
    boolean bracketed = span.to() - 1 > span.from() && span.type() == EntityType.DOCUMENT
        && gap(span.to() - 1).strip().equals("(");
    return bracketed && end < text.length() && text.charAt(end) == ')' ? end + 1 : end;
  }

  // ---- words

  private String gap(int i) {
    return text.substring(words.end(i - 1), words.start(i));
  }

  private boolean sentenceBreak(int i) {
    if ((tokens.get(i - 1).surface().length() == 1 || in(Catalogue.ABBREVIATION, i - 1))
        && (gap(i).strip().equals(".") || gap(i).strip().equals(". [")
            || tokens.get(i - 1).surface().length() == 1 && gap(i).equals(".-"))) {
      return false; // Mr. Ozerov, Mr. [Rustam] Ozerov, Ж.-И.Ле Дриан
    }
    return gapHas(i, SENTENCE_END);
  }

  private boolean anyBreak(int i) {
    return gapHas(i, BREAKS);
  }

  /**
   * Whether a dash with a space beside it stands between word {@code i - 1} and word {@code i}
   * ({@code Briefing – United States Department of State}): the capitals of a name do not go on
   * across it, while a dash between two words of a name has none ({@code China–Africa}). (What
   * an event joins may have one: {@code саммит Россия – Африка}.)
   */
  private boolean spacedDash(int i) {
    return gapHas(i, DASHES) && gapHas(i, " \u00a0\t");
  }

  /** Whether the characters between word {@code i - 1} and word {@code i} hold one of {@code chars} or a line break. */
  private boolean gapHas(int i, String chars) {
    for (int at = words.end(i - 1); at < words.start(i); at++) {
      char c = text.charAt(at);
      if (c == '\n' || chars.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of word {@code i}'s forms is in class {@code wordClass} ({@link Catalogue#STOP}…). */
  private boolean in(int wordClass, int i) {
    return (begins(i) & wordClass) != 0;
  }

  /**
   * Which tries have a name beginning with one of word {@code i}'s forms, and which classes of
   * words they are in (bits of {@link Catalogue#starters}).
   */
  private int begins(int i) {
    return catalogue.begins(tokens.get(i));
  }

  private boolean nameWord(int i) {
    Token token = tokens.get(i);
    return token.capitalised() && !in(Catalogue.STOP, i) && !token.number();
  }

  private boolean verb(int i) {
    return tokens.get(i).cyrillic() && catalogue.russian.readings(tokens.get(i).norm()).stream()
        .anyMatch(Morphology.Reading::verb);
  }

  /**
   * Whether a Russian word after a comma goes on a list inside a name ({@code о добрососедстве,
   * дружбе и сотрудничестве}): a lower-case noun or adjective that is no pronoun and not nominative.
   */
  private boolean listed(int i) {
    Token token = tokens.get(i);
    if (!token.cyrillic() || token.capitalised()) {
      return false;
    }
    List<Morphology.Reading> readings = catalogue.russian.readings(token.norm());
    return !readings.isEmpty()
        && readings.stream().noneMatch(r -> r.tag().contains("Pron") || r.verb() || r.nominative())
        && readings.stream().anyMatch(r -> r.tag().startsWith("NN") || r.adjective());
  }

  /** Whether every reading of a Russian word is nominative (a new subject: {@code Россия}). */
  private boolean nominativeOnly(int i) {
    List<Morphology.Reading> readings = tokens.get(i).cyrillic()
        ? catalogue.russian.readings(tokens.get(i).norm()) : List.of();
    return !readings.isEmpty() && readings.stream().allMatch(Morphology.Reading::nominative);
  }

  /**
   * Whether a Russian word is an adjective: by the dictionary, or for a capitalised word it does
   * not know by an adjective's ending ({@code Йоханнесбургской}).
   */
  private boolean adjective(int i) {
    Token token = tokens.get(i);
    List<Morphology.Reading> readings = catalogue.russian.readings(token.norm());
    if (readings.isEmpty()) {
      return token.capitalised() && ADJECTIVE_ENDING.matcher(token.norm()).matches();
    }
    return readings.stream().anyMatch(Morphology.Reading::adjective);
  }

  private static final java.util.regex.Pattern ADJECTIVE_ENDING = java.util.regex.Pattern.compile(
      ".+[сц]к(ий|ая|ое|ие|ой|ого|ому|ую|им|ом|их|ими|ей)");

  private boolean ordinal(int i) {
    return in(Catalogue.ORDINAL, i) || numberedOrdinal(tokens.get(i).norm());
  }

  /** {@code 21st}, {@code 2nd}, {@code 75th}: digits and an English ordinal ending. */
  private static boolean numberedOrdinal(String norm) {
    int digits = 0;
    while (digits < norm.length() && norm.charAt(digits) >= '0' && norm.charAt(digits) <= '9') {
      digits++;
    }
    if (digits == 0 || norm.length() != digits + 2) {
      return false;
    }
    String ending = norm.substring(digits);
    return ending.equals("st") || ending.equals("nd") || ending.equals("rd") || ending.equals("th");
  }

  private boolean entity(int i, EntityType... types) {
    Match<Named> match = startingAt(i);
    if (match == null) {
      return false;
    }
    for (EntityType type : types) {
      if (match.entry().value().type() == type) {
        return true;
      }
    }
    return types.length == 0;
  }

  private String key(int from, int to) {
    StringBuilder key = new StringBuilder();
    for (int i = from; i < to; i++) {
      boolean inflected = forms.of(i).size() > 1 && !tokens.get(i).upperCase();
      key.append(forms.of(i).get(inflected ? 1 : 0)).append(' ');
    }
    return PersonNames.slug(key.toString());
  }

  private Named open(EntityType type, int from, int to) {
    String name = text.substring(words.start(from), words.end(to - 1));
    return new Named(type.code() + ":" + key(from, to), type, name);
  }

  private Span open(EntityType type, int from, int to, int rank) {
    return new Span(from, to, type, open(type, from, to), null, null, rank);
  }

  // ---- documents

  private void document(int i, List<Span> out) {
    Match<String> kind = catalogue.documentKinds.longest(tokens, i, forms);
    if (kind == null) {
      return;
    }
    boolean russian = kind.entry().value().equals("ru");
    int from = i;
    if (russian) {
      // Пекинской декларации, Черноморской инициативы: the name's capital is on its adjective
      int adjectives = adjectivesBefore(i);
      if (adjectives < i && tokens.get(adjectives).capitalised()) {
        from = adjectives;
      }
    } else {
      from = capitalsBefore(i);
    }
    boolean capital = tokens.get(from).capitalised();
    int to = kind.to();
    int number = numberAfter(kind.to());
    if (number > 0) {
      to = yearInBrackets(number + 1);
      if (russian) {
        to = afterEntity(to);
      }
    } else if (!capital) {
      return;
    }
    if (number < 0 && to < tokens.size() && in(Catalogue.SUBJECT, to) && !anyBreak(to)) {
      int end = subject(to + 1, russian);
      if (end > 0) {
        to = end;
      }
    }
    if (from == i && to == kind.to()) {
      return;
    }
    out.add(open(EntityType.DOCUMENT, from, to, 2));
  }

  /** The number within a few words after {@code at} ({@code Resolution 2231}), or -1. */
  private int numberAfter(int at) {
    for (int j = at; j < Math.min(tokens.size(), at + 4); j++) {
      if (j > 0 && sentenceBreak(j)) {
        return -1;
      }
      if (tokens.get(j).number()) {
        boolean year = j + 1 < tokens.size() && (tokens.get(j + 1).norm().equals("year")
            || forms.of(j + 1).contains("год"));
        return year ? -1 : j;
      }
      if (!tokens.get(j).capitalised() && !tokens.get(j).norm().equals("no")) {
        return -1;
      }
    }
    return -1;
  }

  /** After a number, the end of a year in brackets ({@code resolution 2510 (2020)}), or {@code at}. */
  private int yearInBrackets(int at) {
    if (at < tokens.size() && tokens.get(at).number() && gap(at).strip().equals("(")
        && words.end(at) < text.length() && text.charAt(words.end(at)) == ')') {
      return at + 1;
    }
    return at;
  }

  /** The end of a subject starting at {@code at} ({@code on a Free Trade Area}), or -1. */
  private int subject(int at, boolean russian) {
    int last = -1;
    for (int j = at; j < Math.min(tokens.size(), at + (russian ? 14 : 20)); j++) {
      if (russian && j > at && gap(j).strip().equals(",") && listed(j)) {
        continue;
      }
      if (anyBreak(j) || tokens.get(j).number()
          || !russian && tokens.get(j).norm().equals("of") && j + 1 < tokens.size() && tokens.get(j + 1).number()) {
        break;
      }
      if (russian) {
        if (verb(j) || tokens.get(j).capitalised() && nominativeOnly(j)) {
          break;
        }
        if (j > at && postAt(j)) {
          // … ядерного оружия с Государственным секретарем США: a person's post ends it
          last = in(Catalogue.INNER, j - 1) ? j - 1 : j;
          break;
        }
        last = j + 1;
      } else if (nameWord(j) || tokens.get(j).number() || startingAt(j) != null) {
        last = j + 1;
      } else if (!in(Catalogue.INNER, j)) {
        break;
      }
    }
    return last;
  }

  /** The name found starting at word {@code i}, or null. */
  private Match<Named> startingAt(int i) {
    return starting == null ? null : starting[i];
  }

  /** The name found first (the leftmost) of those ending at word {@code i}, or null. */
  private Match<Named> endingAt(int i) {
    for (int j = Math.max(0, i - longestName + 1); j <= i; j++) {
      Match<Named> match = startingAt(j);
      if (match != null && match.to() - 1 == i) {
        return match;
      }
    }
    return null;
  }

  // ---- events and organisations named by a kind word

  private void event(int i, List<Span> out) {
    Match<String> kind = catalogue.eventKinds.longest(tokens, i, forms);
    if (kind == null) {
      return;
    }
    // States, organisations or groups before the kind: the second US-North Korean summit
    int left = i;
    while (left > 0) {
      Match<Named> before = endingAt(left - 1);
      if (before == null || anyBreak(left)
          || before.entry().value().type() == EntityType.PERSON) {
        break;
      }
      left = before.from();
    }
    if (left < i) {
      out.add(open(EntityType.EVENT, left, kind.to(), 3));
    }
    if (kind.entry().value().equals("ru")) {
      // саммит БРИКС, саммита ШОС, министерской встречи Россия – АСЕАН
      int right = kind.to();
      int count = 0;
      boolean single = false;
      while (right < tokens.size() && startingAt(right) != null && !anyBreak(right)
          && entity(right, EntityType.GROUP, EntityType.ORGANIZATION, EntityType.COUNTRY, EntityType.PLACE)) {
        single |= entity(right, EntityType.GROUP)
            || entity(right, EntityType.ORGANIZATION) && tokens.get(right).upperCase();
        right = startingAt(right).to();
        count++;
      }
      if (count >= 2 || single) {
        int from = adjectivesBefore(i) < i && !anyBreak(i) ? i - 1 : i;
        out.add(open(EntityType.EVENT, from, right, 3));
      }
    }
    named(i, kind, EntityType.EVENT, out);
  }

  private void kind(int i, Trie<String> kinds, EntityType type, List<Span> out) {
    Match<String> kind = kinds.longest(tokens, i, forms);
    if (kind != null) {
      named(i, kind, type, out);
    }
  }

  /**
   * A name that ends in a kind word ({@code Eastern Economic Forum}, {@code Arctic Council},
   * {@code Восточный экономический форум}), or a capitalised kind word followed by {@code of} and
   * a name ({@code Economic Community of West African States}).
   */
  private void named(int i, Match<String> kind, EntityType type, List<Span> out) {
    int from = i;
    if (kind.entry().value().equals("ru")) {
      from = adjectivesBefore(i);
      if (from < i && tokens.get(from).capitalised()) {
        out.add(open(type, from, afterEntity(kind.to()), 3));
      } else if (tokens.get(i).capitalised() && afterEntity(kind.to()) > kind.to()) {
        out.add(open(type, i, afterEntity(kind.to()), 3));
      }
      return;
    }
    if (!tokens.get(i).capitalised()) {
      return;
    }
    from = capitalsBefore(i);
    int to = kind.to();
    // Annual Meeting of the New Champions: the link may take an article
    int next = to + 2 < tokens.size() && tokens.get(to + 1).norm().equals("the") && !anyBreak(to + 2)
        ? to + 2 : to + 1;
    if (next < tokens.size() && catalogue.nameLinks.contains(tokens.get(to).norm())
        && !anyBreak(to) && !anyBreak(to + 1) && (nameWord(next) || startingAt(next) != null)) {
      int run = nameRun(to + 1);
      if (tokens.get(to).norm().equals("of") || !endsInName(next, run)) {
        to = run; // Council of Europe; Conference on Disarmament, not Security Council on Ukraine
      }
    }
    if (type == EntityType.ORGANIZATION && to == kind.to() && to - from == 2 && to < tokens.size()
        && !anyBreak(to) && postAt(to)) {
      // Foreign Ministry Spokesperson: the words of a post, not a body
      return;
    }
    if (from < i && countryBeforeName(from, i, to)) {
      return; // US Central Intelligence Agency: a country, then the catalogue's name
    }
    if (from < i || to > kind.to()) {
      out.add(open(type, from, to, 3));
    }
  }

  /**
   * Whether words {@code from} to {@code to} are a country of the catalogue (or its adjective)
   * and a name of the catalogue that begins at or before word {@code i} and ends at {@code to}.
   */
  private boolean countryBeforeName(int from, int i, int to) {
    Match<Named> country = startingAt(from);
    if (country == null || country.entry().value().type() != EntityType.COUNTRY
        || country.to() > i) {
      return false;
    }
    Match<Named> name = startingAt(country.to());
    return name != null && name.to() == to;
  }

  /**
   * Whether a person's name begins at word {@code at}: two capitalised words on the same line
   * that are no entity of another type and begin no kind or post ({@code Vladimir Makei} after
   * {@code Republic of Belarus}, where a post ends and the one who holds it follows).
   */
  private boolean nameFollows(int at) {
    if (at + 1 >= tokens.size() || anyBreak(at) || anyBreak(at + 1)) {
      return false;
    }
    return personWord(at) && personWord(at + 1);
  }

  /** Whether word {@code j} may be a word of a person's name: a name word of no other entity. */
  private boolean personWord(int j) {
    Match<Named> match = startingAt(j);
    return nameWord(j) && (match == null || match.entry().value().type() == EntityType.PERSON)
        && !in(NOT_A_NAME, j);
  }

  /**
   * The end of a run of capitalised words and names from {@code at}, across {@code of} and
   * {@code the} inside it ({@code West African States}, {@code the Southern African Development
   * Community}), and across one {@code on} or {@code for} when the run then ends in a word of no
   * other entity ({@code Forum on China-Africa Cooperation}).
   */
  private int nameRun(int at) {
    int last = at;
    int beforeLink = -1; // where the run ended before an on or a for inside it, if it crossed one
    for (int j = at; j < tokens.size() && j < at + 12; j++) {
      if (j > at && anyBreak(j)) {
        break;
      }
      if (j > at && familyFirst(j) && j + 1 < tokens.size()
          && !anyBreak(j + 1) && givenSyllables(j + 1)) {
        break; // Standing Committee of the National People’s Congress Li Zhanshu
      }
      Match<Named> country = startingAt(j);
      if (country != null && country.entry().value().type() == EntityType.COUNTRY
          && (nameFollows(country.to()) || country.to() < tokens.size()
              && !anyBreak(country.to()) && postAt(country.to()))) {
        // Foreign Minister of the Republic of Belarus Vladimir Makei; Republic of Macedonia
        // Prime Minister Zoran Zaev
        return country.to();
      }
      String norm = tokens.get(j).norm();
      if (nameWord(j) || startingAt(j) != null && tokens.get(j).capitalised()) {
        last = j + 1;
      } else if (j > at && apostrophe(j) && startingAt(j - 1) == null) {
        continue; // Global Women’s Issues, National People’s Congress
      } else if (norm.equals("and") && j + 1 < tokens.size() && !anyBreak(j + 1)
          && nameWord(j + 1) && startingAt(j + 1) == null) {
        continue; // Department of Economic and Social Affairs
      } else if (j > at && beforeLink < 0 && !norm.equals("of")
          && catalogue.nameLinks.contains(norm) && j + 1 < tokens.size() && !anyBreak(j + 1)
          && nameWord(j + 1)) {
        beforeLink = last; // the Forum on China-Africa Cooperation
      } else if (!norm.equals("of") && !norm.equals("the")) {
        break;
      }
    }
    // A run that ends in another entity's name after the link names what it is about: a
    // meeting of the Security Council on Ukraine
    return beforeLink >= 0 && endsInName(beforeLink, last) ? beforeLink : last;
  }

  /** Whether the last of words {@code from} to {@code to} (exclusive) ends a name of another entity. */
  private boolean endsInName(int from, int to) {
    for (int k = from; k < to; k++) {
      Match<Named> name = startingAt(k);
      if (name != null && name.to() >= to) {
        return true;
      }
    }
    return false;
  }

  /** The first of the Russian adjectives right before word {@code at}, or {@code at}. */
  private int adjectivesBefore(int at) {
    int from = at;
    while (from > 0 && !anyBreak(from) && tokens.get(from - 1).cyrillic() && !ordinal(from - 1)
        && adjective(from - 1)) {
      from--;
    }
    return from;
  }

  /**
   * The first of the capitalised words right before word {@code at} ({@code Eastern Economic}),
   * across an {@code and} or {@code of} between two of them ({@code Belt and Road}), or {@code at}.
   */
  private int capitalsBefore(int at) {
    int from = at;
    while (from > 0 && !anyBreak(from) && !spacedDash(from)) {
      if (nameWord(from - 1)) {
        from--;
      } else if (from > 1 && apostrophe(from - 1) && nameWord(from - 2)
          && (!tokens.get(from - 1).norm().equals("s") || startingAt(from - 2) == null)) {
        from -= 2; // Xi’an Declaration, People’s Congress; not Russia’s Foreign Ministry
      } else if (from > 1 && from < at && in(Catalogue.INNER, from - 1) && !tokens.get(from - 1).capitalised()
          && (tokens.get(from - 1).norm().equals("and")) && nameWord(from - 2) && !anyBreak(from - 1)
          && startingAt(from - 2) == null) { // not Aeroflot and Turkish Airlines
        from -= 2;
      } else {
        break;
      }
    }
    return from;
  }

  /** The end of a name of the catalogue right after {@code at} ({@code Секретариат ООН}), or {@code at}. */
  private int afterEntity(int at) {
    return at < tokens.size() && startingAt(at) != null && !anyBreak(at)
        && entity(at, EntityType.ORGANIZATION, EntityType.GROUP, EntityType.COUNTRY, EntityType.DOCUMENT)
        ? startingAt(at).to() : at;
  }

  // ---- people

  private void personAfterPost(int i, List<Span> out) {
    Match<String> post = catalogue.posts.longest(tokens, i, forms);
    Match<String> enclosing = post != null && i > 0 && !anyBreak(i)
        && (begins(i - 1) & Catalogue.POSTS) != 0 && !in(Catalogue.HONORIFIC, i - 1)
        ? catalogue.posts.longest(tokens, i - 1, forms) : null;
    if (post == null || enclosing != null && enclosing.to() >= post.to()) {
      return; // Representative of Permanent Representative: the whole post's person, or none
    }
    int runStart = -1;
    boolean allowed = true;
    boolean open = true;
    int candidateFrom = -1;
    int candidateTo = -1;
    int postEnd = post.to();
    int j = post.to();
    while (j < tokens.size() && j < post.to() + 25) {
      if (sentenceBreak(j)) {
        break;
      }
      // Khaled [Mahfoudh Abdullah] Bahah: the editor's brackets inside a name part nothing
      boolean comma = anyBreak(j) && !initialBefore(j)
          && !(runStart >= 0 && (gap(j).strip().equals("[") || gap(j).strip().equals("]")));
      if (comma && runStart >= 0) {
        if (open) {
          candidateFrom = runStart;
          candidateTo = j;
          PersonNames.Name name = j - runStart >= 2 && !commonWord(j - 1)
              ? person(i, runStart, j) : null;
          if (name != null && name.full()) {
            break; // Director William Burns, Brett McGurk: the post's person, then others
          }
        }
        runStart = -1;
      }
      if (comma && runStart < 0 && candidateFrom < 0 && nameBeforePost(i)) {
        return; // Zhang Jun, Permanent Representative of China, Richard Mills: Zhang Jun's post
      }
      if (comma) {
        open = true;
      }
      Match<Named> match = startingAt(j);
      if (match != null && runStart >= 0 && tokens.get(runStart).cyrillic()) {
        // директор Департамента Азии: a name of the catalogue inside the words is no name of a person
        runStart = -1;
        open = false;
      }
      if (tokens.get(j).upperCase() && match == null && runStart < 0
          && !familyInCapitalsAt(j)) {
        j++; // ЦК КПВ, МИД КНР: an acronym is part of the post
        continue;
      }
      if (match != null && runStart < 0) {
        if (match.entry().value().type() == EntityType.PERSON) {
          if (open) {
            Named named = match.entry().value();
            out.add(new Span(j, match.to(), EntityType.PERSON, named, null,
                postText(portfolioBefore(i), j), 0));
          }
          return;
        }
        j = match.to();
        if (match.entry().value().type() == EntityType.COUNTRY && j < tokens.size() && !anyBreak(j)
            && republicWord(j)) {
          j++; // Президент Азербайджанской Республики Ильхам Алиев
        }
        Match<String> placeKind = match.entry().value().type() == EntityType.PLACE
            && j < tokens.size() && !anyBreak(j) && (begins(j) & Catalogue.PLACE_KINDS) != 0
            ? catalogue.placeKinds.longest(tokens, j, forms) : null;
        if (placeKind != null) {
          j = placeKind.to(); // Governor of Tver Region Igor Rudnev
        }
        postEnd = j;
        open = true;
        continue;
      }
      Token token = tokens.get(j);
      Match<String> next = runStart < 0 && (begins(j) & Catalogue.POSTS) != 0
          ? catalogue.posts.longest(tokens, j, forms) : null;
      if (next != null && j == postEnd && token.cyrillic() && !anyBreak(j)) {
        j = postEnd = next.to(); // Пресс-секретарь Президента: whose press secretary is the post
        continue;
      }
      if (next != null && j == postEnd + 1 && !anyBreak(j) && !anyBreak(j - 1) && candidateFrom < 0
          && (tokens.get(j - 1).norm().equals("and") || tokens.get(j - 1).norm().equals("и"))) {
        j = postEnd = next.to(); // State Councilor and Foreign Minister: two posts, one person
        open = true;
        continue;
      }
      if (next != null || comma && candidateFrom >= 0 && (begins(j) & Catalogue.POSTS) != 0) {
        break; // …Al Saud, Deputy Crown Prince: another post, and someone else
      }
      if (token.capitalised() && in(Catalogue.PORTFOLIO, j) && !token.cyrillic()) {
        runStart = -1; // Secretary of Foreign Affairs Luis Videgaray Caso: the post ends here
        open = true;
        postEnd = j + 1;
      } else if (nameWord(j) || token.surface().length() == 1 && token.capitalised()
          || j == post.to() && particle(j)) {
        if (runStart < 0) {
          runStart = j; // Mr de Croo
        }
      } else if (runStart >= 0 && particle(j)) {
        // Alexander de Croo, Walid al Muallem: the name goes on
      } else if (in(Catalogue.INNER, j) && !token.capitalised()) {
        if (runStart >= 0 && open) {
          candidateFrom = runStart;
          candidateTo = j;
        }
        runStart = -1;
        open = false;
      } else {
        break;
      }
      j++;
    }
    if (runStart >= 0 && open) {
      candidateFrom = runStart;
      candidateTo = j;
    }
    int afterBody = runStart >= 0 ? afterOrganizationKind(runStart, j) : -1;
    if (afterBody >= 0 && j - afterBody >= 2 && j - afterBody <= 3) {
      candidateFrom = afterBody; // Coordinator of the Global Engagement Center Jamie Rubin
      candidateTo = j;
    } else if (runStart >= 0 && j - runStart > 2 && !tokens.get(j - 1).cyrillic()
        && catalogue.personNames.latinGivenName(tokens.get(j - 2))
        && catalogue.personNames.latinRussianSurname(tokens.get(j - 1))) {
      candidateFrom = j - 2; // Minister of Health Natalia Orlova: the post's words, then a name
      candidateTo = j;
    }
    if (candidateFrom < 0 || nameWords(candidateFrom, candidateTo) > 4
        || candidateTo - candidateFrom == 1 && candidateFrom != post.to()) {
      return;
    }
    if (commonWord(candidateTo - 1)) {
      return; // директор Департамента
    }
    PersonNames.Name name = person(i, candidateFrom, candidateTo);
    if (name != null) {
      out.add(new Span(candidateFrom, candidateTo, EntityType.PERSON, null, name,
          postText(portfolioBefore(i), candidateFrom), 0));
    }
  }

  /**
   * Where the post at word {@code i} begins with the portfolio words printed right before it
   * ({@code Finance Minister}, which {@code posts.tsv} gives as {@code Minister}).
   */
  private int portfolioBefore(int i) {
    int from = i;
    while (from > 0 && !anyBreak(from) && tokens.get(from - 1).capitalised()
        && !tokens.get(from - 1).cyrillic() && in(Catalogue.PORTFOLIO, from - 1)) {
      from--;
    }
    return from;
  }

  /**
   * Whether a person's name and a comma come right before the post at word {@code i}: the post is
   * theirs ({@code Zhang Jun, Permanent Representative of China}).
   */
  private boolean nameBeforePost(int i) {
    return i >= 2 && gapHas(i, ",") && personWord(i - 1) && personWord(i - 2)
        && !anyBreak(i - 1);
  }

  /**
   * How many of words {@code from} to {@code to} (exclusive) are no Latin particle: {@code Faisal
   * bin Nasser Al Hamdan} has three. (A Russian run counts all its words.)
   */
  private int nameWords(int from, int to) {
    int count = 0;
    for (int k = from; k < to; k++) {
      if (tokens.get(k).cyrillic() || !in(Catalogue.PARTICLE, k)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Whether a name of a family name in capitals and a given name begins at word {@code j}, and
   * ends there ({@code Foreign Minister MOTEGI Toshimitsu}; see {@link PersonNames#familyInCapitals}).
   */
  private boolean familyInCapitalsAt(int j) {
    return j + 1 < tokens.size() && !anyBreak(j + 1)
        && (j + 2 >= tokens.size() || anyBreak(j + 2) || !nameWord(j + 2))
        && catalogue.personNames.familyInCapitals(tokens.subList(j, j + 2));
  }

  /**
   * Where the last name of a body ends among words {@code from} to {@code to} (exclusive), that
   * is after its last kind word ({@code Center}), when only words of a person's name follow it;
   * else -1.
   */
  private int afterOrganizationKind(int from, int to) {
    for (int k = to - 1; k > from; k--) {
      if (!personWord(k)) {
        return -1;
      }
      if ((begins(k - 1) & Catalogue.ORGANIZATION_KINDS) != 0) {
        Match<String> kind = catalogue.organizationKinds.longest(tokens, k - 1, forms);
        if (kind != null && kind.to() == k) {
          return k;
        }
      }
    }
    return -1;
  }

  /**
   * Whether word {@code j - 1} is an initial, only its full stop before word {@code j}
   * ({@code С.В.Лавров}, {@code S. Lavrov}).
   */
  private boolean initialBefore(int j) {
    Token before = tokens.get(j - 1);
    return before.surface().length() == 1 && before.capitalised()
        && (gap(j).strip().equals(".") || gap(j).equals(".-")); // Ж.-И.Ле Дриан
  }

  /**
   * The post printed in words {@code from} to {@code nameStart}, or null when those are only forms
   * of address ({@code Mr Maas}: no post).
   */
  private String postText(int from, int nameStart) {
    boolean address = true;
    for (int k = from; k < nameStart && address; k++) {
      address = in(Catalogue.HONORIFIC, k);
    }
    if (address) {
      return null;
    }
    String post = text.substring(words.start(from), words.start(nameStart)).strip();
    int bracket = post.indexOf('[');
    if (bracket > 0) {
      post = post.substring(0, bracket); // President [Abdrabuh Mansour] Mansour Hadi
    }
    int end = post.length();
    while (end > 0 && " \t\n\u000B\f\r,".indexOf(post.charAt(end - 1)) >= 0) {
      end--;
    }
    return post.substring(0, end);
  }

  private void personByInitials(int i, List<Span> out) {
    Token first = tokens.get(i);
    if (first.surface().length() != 1 || !first.capitalised() || !Character.isLetter(first.surface().charAt(0))
        || words.end(i) >= text.length() || text.charAt(words.end(i)) != '.'
        || startingAt(i) != null) {
      return;
    }
    int j = i + 1;
    if (j < tokens.size() && tokens.get(j).surface().length() == 1 && tokens.get(j).capitalised()
        && (words.start(j) == words.end(i) + 1 || gap(j).equals(".-")) // С.В., Ж.-И.
        && words.end(j) < text.length() && text.charAt(words.end(j)) == '.') {
      j++;
    }
    if (j >= tokens.size()) {
      return;
    }
    int gap = words.start(j) - words.end(j - 1);
    int last = j;
    while (last + 1 < tokens.size() && in(Catalogue.PARTICLE, last) && !anyBreak(last + 1)
        && words.start(last + 1) - words.end(last) == 1) {
      last++; // Ж.-И.Ле Дриан, У.фон дер Ляйен: particles begin the surname
    }
    Token surname = tokens.get(last);
    if (gap > 2 || surname.surface().length() < 2 || !nameWord(last)
        || startingAt(j) != null && startingAt(j).entry().value().type() != EntityType.PERSON) {
      return;
    }
    PersonNames.Name name = person(i > 0 && !anyBreak(i) ? i - 1 : -1, i, last + 1);
    if (name != null) {
      out.add(new Span(i, last + 1, EntityType.PERSON, null, name, null, 4));
    }
  }

  /**
   * A Russian given name in Latin letters and a surname that ends as Russian ones do
   * ({@code Andrey Karlov}, {@code Yury Ushakov}, {@code Maria Lapina}), neither of them an
   * entity, a kind or a post.
   */
  private void latinRussianPerson(int i, List<Span> out) {
    if (i + 1 >= tokens.size() || tokens.get(i).cyrillic() || !tokens.get(i + 1).capitalised()
        || tokens.get(i + 1).cyrillic() || start(i + 1) - end(i) != 1 || anyBreak(i + 1)
        || startingAt(i) != null || in(NOT_A_NAME, i) || !personWord(i + 1)
        || !catalogue.personNames.latinRussianSurname(tokens.get(i + 1))
        || !catalogue.personNames.latinGivenName(tokens.get(i))) {
      return;
    }
    for (int j = i - 1; j >= Math.max(0, i - 2) && !anyBreak(j + 1); j--) {
      if (tokens.get(j).upperCase() && startingAt(j) == null) {
        return; // RRS Sir David Attenborough: a ship's name, not its namesake
      }
    }
    PersonNames.Name name = catalogue.personNames.parse(tokens.subList(i, i + 2));
    if (name != null) {
      out.add(new Span(i, i + 2, EntityType.PERSON, null, name, null, 4));
    }
  }

  private void russianPerson(int i, List<Span> out) {
    if (i + 1 >= tokens.size() || !tokens.get(i).capitalised()
        || !catalogue.personNames.givenName(tokens.get(i)) || anyBreak(i + 1)) {
      return;
    }
    if (i + 2 < tokens.size() && !anyBreak(i + 2) && catalogue.personNames.givenName(tokens.get(i + 1))
        && catalogue.personNames.patronymic(tokens.get(i + 2))) {
      return; // Мартынов Олег Петрович: a surname first, found from the given name
    }
    boolean surnameAfter = i + 2 < tokens.size() && !anyBreak(i + 2) && tokens.get(i + 2).capitalised()
        && catalogue.personNames.surname(tokens.get(i + 2));
    boolean patronymic = catalogue.personNames.patronymic(tokens.get(i + 1));
    if (patronymic && !surnameAfter && surnameBefore(i)) {
      // Гусман Михаил Соломонович: the surname first, as in lists and forms of address
      out.add(new Span(i - 1, i + 2, EntityType.PERSON, null, catalogue.personNames.parse(
          List.of(tokens.get(i), tokens.get(i + 1), tokens.get(i - 1))), null, 4));
      return;
    }
    int last = i + 1;
    if (!tokens.get(last).capitalised()) {
      return;
    }
    if (patronymic && surnameAfter
        || patronymic && i + 2 < tokens.size() && !anyBreak(i + 2) && unknownSurname(i + 2)) {
      last = i + 2; // the patronymic (Юрьевич is a surname too), then the surname
    }
    if (!catalogue.personNames.surname(tokens.get(last)) && last + 1 < tokens.size()
        && tokens.get(last + 1).capitalised() && !anyBreak(last + 1)
        && catalogue.personNames.surname(tokens.get(last + 1))) {
      last++;
    }
    if (!catalogue.personNames.surname(tokens.get(last)) && last == i + 1 && unknownSurname(last)
        || last == i + 2 && unknownSurname(last)) {
      // Маргарита Симоньян, Дмитрий Юрьевич Пономаренко: a given name (and a patronymic) and a
      // surname the dictionary does not know
      PersonNames.Name name = person(i > 0 && !anyBreak(i) ? i - 1 : -1, i, last + 1);
      if (name != null) {
        out.add(new Span(i, last + 1, EntityType.PERSON, null, name, null, 4));
      }
      return;
    }
    if (!catalogue.personNames.surname(tokens.get(last))) {
      // A given name and patronymic used in address: Дмитрий Евгеньевич
      if (patronymic) {
        out.add(new Span(i, i + 2, EntityType.PERSON, null,
            catalogue.personNames.parse(tokens.subList(i, i + 2)), null, 4));
      }
      return;
    }
    PersonNames.Name name = person(i > 0 && !anyBreak(i) ? i - 1 : -1, i, last + 1);
    if (name != null) {
      out.add(new Span(i, last + 1, EntityType.PERSON, null, name, null, 4));
    }
  }

  /**
   * Whether the words around a Russian name, words {@code from} to {@code after} (exclusive), say
   * that it is in the nominative, where its own forms may leave that open ({@code Евгения
   * Смирнова}, {@code А.В.Кузьмина}): a noun for a person at {@code head} or after adjectives
   * there, in the nominative and no other case but the accusative ({@code посол}, {@code
   * официальный представитель}; not {@code министра}, nor {@code визит}, whose name is its
   * genitive), or a verb in the feminine past right after the name ({@code заявила}).
   * {@code head} -1: no word before the name counts.
   */
  private boolean nominativeAround(int head, int from, int after) {
    int noun = head;
    while (noun >= 0 && noun + 1 < from && adjective(noun)) {
      noun++;
    }
    if (noun >= 0 && noun < from && tokens.get(noun).cyrillic()) {
      List<Morphology.Reading> readings = catalogue.russian.readings(tokens.get(noun).norm());
      if (readings.stream().anyMatch(r -> r.tag().startsWith("NN:Anim") && r.nominative())
          && readings.stream().allMatch(r -> r.nominative() || r.tag().endsWith(":V"))) {
        return true;
      }
    }
    return after < tokens.size() && tokens.get(after).cyrillic() && !anyBreak(after)
        && catalogue.russian.readings(tokens.get(after).norm()).stream()
            .anyMatch(r -> r.verb() && r.feminine());
  }

  /** The person words {@code from} to {@code to} name, in the case {@link #nominativeAround} reads. */
  private PersonNames.Name person(int head, int from, int to) {
    return catalogue.personNames.parse(tokens.subList(from, to), nominativeAround(head, from, to));
  }

  /** Whether word {@code i} may be a Russian surname the dictionary does not know ({@code Симоньян}). */
  private boolean unknownSurname(int i) {
    Token token = tokens.get(i);
    return token.cyrillic() && token.capitalised() && !token.upperCase() && startingAt(i) == null
        && catalogue.russian.readings(token.norm()).isEmpty();
  }

  /**
   * Whether the capitalised Cyrillic word before word {@code i} is a surname: one the dictionary
   * knows as a surname, or does not know at all ({@code Гусман}).
   */
  private boolean surnameBefore(int i) {
    if (i == 0 || anyBreak(i) || startingAt(i - 1) != null) {
      return false;
    }
    Token before = tokens.get(i - 1);
    return before.cyrillic() && before.capitalised() && !before.upperCase()
        && (catalogue.personNames.surname(before) || catalogue.russian.readings(before.norm()).isEmpty());
  }

  /**
   * Whether a Russian word is in the dictionary, but not as a name ({@code Департамента}), nor
   * the surname of a person of the catalogue in any case ({@code Макрон}, {@code Макроном}).
   */
  private boolean commonWord(int i) {
    if (!tokens.get(i).cyrillic()) {
      return false;
    }
    for (String key : catalogue.personNames.surnameKeys(tokens.get(i))) {
      // in another case, its ending added to the catalogue's: Макроном
      for (int cut = 0; cut <= PersonNames.ENDING && key.length() - cut >= PersonNames.STEM;
          cut++) {
        if (catalogue.surnames.containsKey(key.substring(0, key.length() - cut))) {
          return false;
        }
      }
    }
    List<Morphology.Reading> readings = catalogue.russian.readings(tokens.get(i).norm());
    return !readings.isEmpty() && readings.stream()
        .noneMatch(r -> r.surname() || r.givenName() || r.patronymic());
  }

  /** Whether word {@code i} is glued to the word before it by an apostrophe alone ({@code People’s}). */
  private boolean apostrophe(int i) {
    int gapStart = words.end(i - 1);
    return words.start(i) == gapStart + 1 && "'’".indexOf(text.charAt(gapStart)) >= 0;
  }

  /** Whether word {@code i} is a lower-case particle inside a name, a name word after it. */
  private boolean particle(int i) {
    return !tokens.get(i).capitalised() && in(Catalogue.PARTICLE, i) && i + 1 < tokens.size()
        && !anyBreak(i + 1) && (nameWord(i + 1) || particle(i + 1)); // Tomás de la Vega
  }

  /** Whether a post that is not a mere form of address begins at word {@code i}. */
  private boolean postAt(int i) {
    return i < tokens.size() && (begins(i) & Catalogue.POSTS) != 0
        && !in(Catalogue.HONORIFIC, i) && catalogue.posts.longest(tokens, i, forms) != null;
  }

  // ---- countries by their full names

  /**
   * A country's adjective with {@code Republic} ({@code Азербайджанской Республики}) or
   * {@code Republic} with a country ({@code Republic of Turkey}, {@code Republic of the
   * Philippines}, {@code Исламской Республики Иран}), as one mention of the country; likewise the
   * other words of a state's formal name ({@code Kingdom of Spain}, {@code Hashemite Kingdom of
   * Jordan}, {@code State of Qatar}, {@code Swiss Confederation}), but not a name of the catalogue
   * that ends in one ({@code Union State of Russia and Belarus}) nor one after {@code of}
   * ({@code Secretary of State of the United States}).
   */
  private void republic(int i, Match<Named> country, List<Span> out) {
    int at = country.to();
    if (at < tokens.size() && !anyBreak(at) && republicWord(at)) {
      out.add(new Span(i, at + 1, EntityType.COUNTRY, country.entry().value(), null, null, 1));
    }
    if (i == 0 || anyBreak(i)) {
      return;
    }
    int word = i - 1;
    if (tokens.get(word).norm().equals("the") && word > 1 && !anyBreak(word)) {
      word--; // of the Philippines
    }
    if (tokens.get(word).norm().equals("of") && word > 0 && !anyBreak(word)) {
      word--;
    } else if (word < i - 1) {
      return;
    }
    if (stateWord(word) && (word < i - 1) != tokens.get(word).cyrillic()
        && !(word > 0 && tokens.get(word - 1).norm().equals("of"))) {
      int from = tokens.get(word).cyrillic() ? adjectivesBefore(word) : capitalsBefore(word);
      from = from < word && tokens.get(from).capitalised() ? from : word;
      for (int k = from; k <= word; k++) {
        Match<Named> named = startingAt(k);
        if (named != null && named.to() > word) {
          return; // Union State of Russia and Belarus, Islamic State of Iraq
        }
      }
      out.add(new Span(from, country.to(), EntityType.COUNTRY, country.entry().value(), null, null, 1));
    }
  }

  /**
   * Whether word {@code i} is a capitalised word of a state's formal name before the country
   * ({@code Kingdom of Spain}, {@code Государства Катар}: {@code state} in {@code words.tsv}).
   */
  private boolean stateWord(int i) {
    return formalWord(i, catalogue.state);
  }

  /**
   * Whether word {@code i} is a capitalised word of a state's formal name after its adjective
   * ({@code Swiss Confederation}: {@code republic} in {@code words.tsv}; {@code Russian State
   * Duma} is no state).
   */
  private boolean republicWord(int i) {
    return formalWord(i, catalogue.republic);
  }

  private boolean formalWord(int i, Set<String> words) {
    if (!tokens.get(i).capitalised()) {
      return false;
    }
    for (String form : forms.of(i)) {
      if (words.contains(form)) {
        return true;
      }
    }
    return false;
  }

  // ---- people by the form of their names

  private static final java.util.regex.Pattern SYLLABLES = java.util.regex.Pattern.compile(
      "(?:(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|zh|sh|[bcdfghjklmnpqrstvwxyz])?[aeiouy]{1,3}"
      + "(?:ng|nh|ch|[nmcptr])?){1,2}");

  /**
   * A family name written first and one to three given names after it ({@code Wang Yi}, {@code Mao
   * Ning}, {@code Nguyen Phu Trong}, {@code Нгуен Фу Чонг}, {@code Ву Вьет Чан}): Latin given names
   * of one or two syllables, Cyrillic ones the dictionary does not know.
   */
  private void familyFirstPerson(int i, List<Span> out) {
    if (!familyFirst(i) || tokens.get(i).upperCase()
        || startingAt(i) != null && startingAt(i).entry().value().type() != EntityType.PERSON) {
      return;
    }
    int j = i + 1;
    while (j < tokens.size() && j < i + 4 && !anyBreak(j) && givenSyllables(j)) {
      j++;
    }
    if (j == i + 1) {
      return;
    }
    PersonNames.Name name = catalogue.personNames.parse(tokens.subList(i, j));
    if (name != null) {
      out.add(new Span(i, j, EntityType.PERSON, null, name, null, 4));
    }
  }

  /** Whether word {@code i} is a family name written first, as printed ({@code Wang}). */
  private boolean familyFirst(int i) {
    return in(Catalogue.FAMILY_FIRST, i) && catalogue.personNames.familyFirst(tokens.get(i));
  }

  private boolean givenSyllables(int j) {
    Token token = tokens.get(j);
    if (!token.capitalised() || token.upperCase() && token.surface().length() > 1
        || startingAt(j) != null || in(Catalogue.STOP, j) || token.number()) {
      return false;
    }
    if (token.cyrillic()) {
      // Фу, Вьет, Чан, Цзиньпин: short syllables (whatever the dictionary makes of them: вьет is a
      // form of вить to it), or words it does not know
      return token.surface().length() <= 4 || catalogue.russian.readings(token.norm()).isEmpty();
    }
    return token.surface().length() <= 9 && SYLLABLES.matcher(token.norm()).matches();
  }

  /**
   * A name followed by a comma and a post ({@code Martin Griffiths, the Under-Secretary-General};
   * {@code Astra Bonini, the Sustainable Development Officer}): two to four name words that do not
   * begin a name of the catalogue or a post.
   */
  private void personBeforePost(int i, List<Span> out) {
    if (tokens.get(i).cyrillic() || !nameWord(i) || startingAt(i) != null || (begins(i) & Catalogue.POSTS) != 0
        || i > 0 && !anyBreak(i) && (nameWord(i - 1) || particle(i - 1))) {
      return;
    }
    int j = i + 1;
    while (j < tokens.size() && j < i + 4 && !anyBreak(j)
        && (nameWord(j) && startingAt(j) == null && (begins(j) & Catalogue.POSTS) == 0 || particle(j))) {
      j++;
    }
    if (j == i + 1 || j >= tokens.size() || !gap(j).strip().equals(",")) {
      return;
    }
    int post = j;
    if (!tokens.get(post).capitalised() && (tokens.get(post).norm().equals("the")
        || in(Catalogue.STOP, post) && !in(Catalogue.INNER, post))) {
      post++; // the, our, his
      if (post >= tokens.size() || anyBreak(post)) {
        return;
      }
    }
    if (postAt(post)) {
      Match<String> match = catalogue.posts.longest(tokens, post, forms);
      PersonNames.Name name = catalogue.personNames.parse(tokens.subList(i, j));
      if (name != null) {
        String title = text.substring(words.start(post), words.end(match.to() - 1));
        out.add(new Span(i, j, EntityType.PERSON, null, name, title, 4));
      }
    }
  }

  /**
   * The word of an acronym in brackets right after {@code span} that spells its name
   * ({@code China International Import Expo (CIIE)}), or -1: two capitals or more, each letter
   * found in order in the name, the first on the name's first letter.
   */
  int acronymAfter(Span span) {
    int at = span.to();
    if (at >= tokens.size() || !tokens.get(at).upperCase() || !gap(at).strip().equals("(")
        || words.end(at) >= text.length() || text.charAt(words.end(at)) != ')') {
      return -1;
    }
    return spells(tokens.get(at).surface(), text.substring(words.start(span.from()),
        words.end(span.to() - 1))) ? at : -1;
  }

  /**
   * Whether {@code acronym} spells {@code name}: read from its end, each letter or digit is found
   * further back in the name, and the first is the name's first letter (Schwartz and Hearst's
   * test for an abbreviation's long form).
   */
  static boolean spells(String acronym, String name) {
    String a = acronym.toLowerCase(Locale.ROOT);
    String n = name.toLowerCase(Locale.ROOT);
    int at = n.length() - 1;
    for (int k = a.length() - 1; k >= 0; k--) {
      char c = a.charAt(k);
      if (!Character.isLetterOrDigit(c)) {
        continue;
      }
      while (at >= 0 && (n.charAt(at) != c
          || k == 0 && at > 0 && Character.isLetterOrDigit(n.charAt(at - 1)))) {
        at--;
      }
      if (at < 0) {
        return false;
      }
      at--;
    }
    return at == -1;
  }

  /** The words printed as {@code surface}, in order. */
  List<Integer> wordsPrinted(String surface) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).surface().equals(surface)) {
        out.add(i);
      }
    }
    return out;
  }

  /** Words not covered by {@code spans}, for the second pass. */
  boolean[] covered(List<Span> spans) {
    boolean[] covered = new boolean[tokens.size()];
    for (Span span : spans) {
      for (int i = span.from(); i < span.to(); i++) {
        covered[i] = true;
      }
    }
    return covered;
  }

  /** Whether word {@code i} begins the text or a sentence (where any word has a capital). */
  boolean sentenceStart(int i) {
    return i == 0 || sentenceBreak(i);
  }

  boolean capitalisedName(int i) {
    return nameWord(i) && tokens.get(i).surface().length() > 1;
  }
}
