package org.verbatim.parse;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset KOI8_R = Charset.forName("KOI8-R");

  /** Invented text, with the punctuation Russian pages print (not all of it exists in KOI8-R). */
  private static final String RUSSIAN = """
      Брифинг официального представителя министерства Анны Смирновой, 3 марта 2021 года
      Вопрос: Как прошла встреча министра Ивана Петрова с коллегами из соседней страны?
      Иван Петров: Разговор был долгим и спокойным. Мы обсудили погоду, урожай яблок, новый \
      мост через реку и расписание поездов. Следующая встреча состоится осенью в небольшом \
      городе на севере, где всегда холодно, но очень красиво. «Мы довольны», — сказал я \
      журналистам, и это правда. Документ № 12 подпишут позже.
      """;

  private static final String RUSSIAN_KOI8 = RUSSIAN.replace('«', '"').replace('»', '"')
      .replace('—', '-').replace('№', 'N');

  @Test
  void decodes_utf8_with_and_without_its_byte_order_mark() throws Exception {
    String text = "Question: Où est la gare ? Ответ: там.\n";
    assertThat(TextDecoder.decode(text.getBytes(UTF_8), "a.txt")).isEqualTo(text);
    assertThat(TextDecoder.decode(concat(bytes(0xEF, 0xBB, 0xBF), text.getBytes(UTF_8)), "a.txt"))
        .isEqualTo(text);
  }

  @Test
  void decodes_utf16_little_and_big_endian_after_their_byte_order_marks() throws Exception {
    String text = "Вопрос: Où? “Yes” — 2 марта 201718:49\n";
    assertThat(TextDecoder.decode(concat(bytes(0xFF, 0xFE), text.getBytes(UTF_16LE)), "a.txt"))
        .isEqualTo(text);
    assertThat(TextDecoder.decode(concat(bytes(0xFE, 0xFF), text.getBytes(UTF_16BE)), "a.txt"))
        .isEqualTo(text);
  }

  @Test
  void detects_windows_1251_russian_text_and_decodes_it_exactly() throws Exception {
    assertThat(TextDecoder.decode(RUSSIAN.getBytes(WINDOWS_1251), "ru.txt")).isEqualTo(RUSSIAN);
    assertThat(TextDecoder.decode(RUSSIAN_KOI8.getBytes(WINDOWS_1251), "ru.txt"))
        .isEqualTo(RUSSIAN_KOI8);
  }

  @Test
  void ascii_lines_beside_lines_that_need_decoding_or_nfc_are_kept_as_they_are() throws Exception {
    String nfd = "Question: Cafe\u0301?\r\nA plain line\n\u00abQuote\u00bb\n\tTab line\u007f\n";
    assertThat(TextDecoder.decode(nfd.getBytes(UTF_8), "a.txt"))
        .isEqualTo("Question: Caf\u00e9?\nA plain line\n\u00abQuote\u00bb\n\tTab line\u007f\n");
    String russian = "Plain ASCII first\n" + RUSSIAN + "ASCII last";
    assertThat(TextDecoder.decode(russian.getBytes(WINDOWS_1251), "ru.txt")).isEqualTo(russian);
  }

  @Test
  void detects_koi8r_russian_text_and_decodes_it_exactly() throws Exception {
    assertThat(TextDecoder.decode(RUSSIAN_KOI8.getBytes(KOI8_R), "ru.txt"))
        .isEqualTo(RUSSIAN_KOI8);
  }

  @Test
  void tells_windows_1251_from_koi8r_in_a_single_short_line() throws Exception {
    String title = "Интервью министра Ивана Петрова газете \"Вечерние новости\", Москва\n";
    String labels = "ВОПРОС: Когда?\nИ.И. ПЕТРОВ: Завтра.\n";
    for (String text : new String[] {title, labels, "Москва\n"}) {
      assertThat(TextDecoder.decode(text.getBytes(WINDOWS_1251), "ru.txt")).isEqualTo(text);
      assertThat(TextDecoder.decode(text.getBytes(KOI8_R), "ru.txt")).isEqualTo(text);
    }
  }

  @Test
  void reads_latin_text_that_is_not_utf8_as_windows_1252() throws Exception {
    String french = "Question : Le ministre a-t-il répondu à l’invitation ? « Oui », dit-il — "
        + "sans hésiter, après le déjeuner.\n";
    String german = "Frage: Wie groß ist die Brücke über den Fluss? Antwort: Fünf Kilometer.\n";
    String spanish = "Pregunta: ¿Qué día llegará la delegación? Respuesta: El jueves, señor.\n";
    for (String text : new String[] {french, german, spanish, "Caf\u00e9\n"}) {
      assertThat(TextDecoder.decode(text.getBytes(WINDOWS_1252), "latin.txt")).isEqualTo(text);
    }
  }

  @Test
  void scores_the_sample_from_just_before_the_first_non_ascii_byte() throws Exception {
    String chrome = "Print\nFont size\nShare\n".repeat(20_000); // about 400 KB of ASCII
    String text = chrome + RUSSIAN_KOI8;
    assertThat(TextDecoder.decode(text.getBytes(KOI8_R), "long.txt")).isEqualTo(text);
  }

  @Test
  void reads_a_page_that_is_utf8_but_for_one_byte_in_a_legacy_charset_without_losing_a_byte()
      throws Exception {
    byte[] page = concat("Déjà vu ".getBytes(UTF_8), "et caf\u00e9\n".getBytes(WINDOWS_1252));

    String text = TextDecoder.decode(page, "mixed.txt");

    assertThat(text).isEqualTo("DÃ©jÃ\u00a0 vu et café\n").doesNotContain("\uFFFD");
    assertThat(text.getBytes(WINDOWS_1252)).isEqualTo(page);
  }

  @Test
  void makes_crlf_and_lone_cr_line_feeds() throws Exception {
    String windows = "24 February 201908:00\r\n\r\nQuestion: Yes?\r\nAnswer: No.\r\n";
    String oldMac = "Title\r\rQuestion: Yes?\rAnswer: No.";
    String mixed = "a\r\nb\rc\nd\r";
    assertThat(TextDecoder.decode(windows.getBytes(UTF_8), "w.txt"))
        .isEqualTo("24 February 201908:00\n\nQuestion: Yes?\nAnswer: No.\n");
    assertThat(TextDecoder.decode(oldMac.getBytes(UTF_8), "m.txt"))
        .isEqualTo("Title\n\nQuestion: Yes?\nAnswer: No.");
    assertThat(TextDecoder.decode(mixed.getBytes(UTF_8), "x.txt")).isEqualTo("a\nb\nc\nd\n");
    assertThat(TextDecoder.decode(RUSSIAN.replace("\n", "\r\n").getBytes(WINDOWS_1251), "r.txt"))
        .isEqualTo(RUSSIAN);
  }

  @Test
  void decodes_a_page_straight_into_the_lines_between_its_line_breaks() throws Exception {
    String page = "Title\r\n\r\nQuestion: “Yes?”\rAnswer: No.\n";
    assertThat(TextDecoder.lines(page.getBytes(UTF_8), "l.txt"))
        .containsExactly("Title", "", "Question: “Yes?”", "Answer: No.", "");
    assertThat(TextDecoder.lines("ВОПРОС: Когда?\r\nИ.И. ПЕТРОВ: Завтра.".getBytes(KOI8_R), "r.txt"))
        .containsExactly("ВОПРОС: Когда?", "И.И. ПЕТРОВ: Завтра.");
  }

  @Test
  void reads_a_page_that_stops_being_utf8_after_its_first_64_kb_in_a_legacy_charset()
      throws Exception {
    String text = "Print\n".repeat(20_000) + "Question: Le café est-il prêt ?\n";
    assertThat(TextDecoder.decode(text.getBytes(WINDOWS_1252), "late.txt")).isEqualTo(text);
  }

  @Test
  void treats_a_crlf_split_across_decoding_chunks_as_one_line_end() throws Exception {
    String text = "x".repeat(64 * 1024 - 1) + "\r\n" + "y\r\n";
    assertThat(TextDecoder.decode(text.getBytes(UTF_8), "chunks.txt"))
        .isEqualTo("x".repeat(64 * 1024 - 1) + "\ny\n");
  }

  @Test
  void composes_decomposed_text_to_nfc() throws Exception {
    String decomposed = "Re\u0301ponse: Пути\u0306 и\u0306 e\u0301te\u0301\n";
    assertThat(Normalizer.isNormalized(decomposed, Normalizer.Form.NFC)).isFalse();

    assertThat(TextDecoder.decode(decomposed.getBytes(UTF_8), "nfd.txt"))
        .isEqualTo("R\u00e9ponse: Путй й \u00e9t\u00e9\n");
  }

  @Test
  void keeps_quotes_dashes_and_no_break_spaces_as_printed() throws Exception {
    String text = "Ivan Petrov’s ‘view’: “yes” – no — «да» „ja“ ‚nein‘ 'plain' \"plain\""
        + " 10\u00a0000 a\u202fb…\n";
    assertThat(TextDecoder.decode(text.getBytes(UTF_8), "q.txt")).isEqualTo(text);
    String legacy = "“Yes” – no — «oui» 10\u00a0000…\n";
    assertThat(TextDecoder.decode(legacy.getBytes(WINDOWS_1252), "q.txt")).isEqualTo(legacy);
  }

  @Test
  void an_empty_file_is_a_parse_error() {
    for (byte[] page : new byte[][] {
        {}, " \n\t\r\n ".getBytes(UTF_8), bytes(0xEF, 0xBB, 0xBF), bytes(0xEF, 0xBB, 0xBF, ' ', '\n'),
        "\u00a0 \u00a0\n".getBytes(UTF_8), bytes(0xFF, 0xFE, ' ', 0, '\n', 0)}) {
      assertThatThrownBy(() -> TextDecoder.decode(page, "empty.txt"))
          .isInstanceOf(ParseException.class)
          .hasMessage("empty.txt: empty file");
    }
  }

  @Test
  void a_binary_file_is_a_parse_error_naming_what_it_looks_like() {
    assertBinary(concat("%PDF-1.7\n".getBytes(UTF_8), bytes(0xE2, 0xE3, 0xCF, 0xD3)),
        "looks like a PDF");
    assertBinary(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13),
        "looks like a PNG image");
    assertBinary(bytes('P', 'K', 3, 4, 20, 0, 0, 0), "looks like a ZIP archive");
    assertBinary(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F'),
        "looks like a JPEG image");
    assertBinary(bytes(0x1F, 0x8B, 8, 0), "looks like a GZIP archive");
    assertBinary("Question: why?\n\0\0\0".getBytes(UTF_8), "NUL byte at offset 15");
  }

  @Test
  void a_file_of_control_characters_is_binary_but_a_stray_one_is_kept() throws Exception {
    byte[] noisy = new byte[1000];
    for (int i = 0; i < noisy.length; i++) {
      noisy[i] = (byte) (i % 10 == 0 ? 0x07 : 'a');
    }
    assertBinary(noisy, "100 of the first 1000 bytes are control characters");

    String stray = "Question: the bell\u0007 rang?\n" + "Answer: yes.\n".repeat(20);
    assertThat(TextDecoder.decode(stray.getBytes(UTF_8), "bell.txt")).isEqualTo(stray);
  }

  @Test
  void a_utf16_page_of_nul_characters_is_binary() {
    byte[] page = concat(bytes(0xFF, 0xFE, 'a', 0), new byte[64]);
    assertThatThrownBy(() -> TextDecoder.decode(page, "nul.txt"))
        .isInstanceOf(ParseException.class)
        .hasMessage("nul.txt: binary file (NUL character at offset 1)");
  }

  @Test
  void a_utf8_page_with_a_byte_order_mark_and_a_nul_is_a_binary_file() {
    byte[] page = concat(bytes(0xEF, 0xBB, 0xBF), "Вопрос\u0000".getBytes(UTF_8));
    assertThatThrownBy(() -> TextDecoder.decode(page, "nul.txt"))
        .isInstanceOf(ParseException.class)
        .hasMessage("nul.txt: binary file (NUL character at offset 6)");
  }

  @Test
  void a_page_broken_after_its_byte_order_mark_is_a_parse_error_naming_the_charset() {
    byte[] page = concat(bytes(0xFE, 0xFF), "Question".getBytes(UTF_16BE), bytes('?'));
    assertThatThrownBy(() -> TextDecoder.decode(page, "cut.txt"))
        .isInstanceOf(ParseException.class)
        .hasMessage("cut.txt: not valid UTF-16BE although it starts with a UTF-16BE byte order mark");
  }

  @Test
  void a_printed_replacement_character_is_kept_and_does_not_make_the_page_legacy()
      throws Exception {
    String text = "Answer: the sign \uFFFD stands for a lost letter — like this.\n";
    assertThat(TextDecoder.decode(text.getBytes(UTF_8), "fffd.txt")).isEqualTo(text);
  }

  @Test
  void an_html_page_is_read_in_its_declared_charset_when_it_is_not_utf8() throws Exception {
    String russian = "<html><head><meta charset=\"windows-1251\"></head>"
        + "<body><p>Вопрос: Когда?</p></body></html>";
    assertThat(TextDecoder.decodeHtml(russian.getBytes(WINDOWS_1251), "ru.html"))
        .isEqualTo(russian);

    // Russian bytes that a page declares to be Windows-1252 are read as it says, not as Russian.
    String declared = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
        + "<p>Вопрос</p>";
    assertThat(TextDecoder.decodeHtml(declared.getBytes(WINDOWS_1251), "l.html"))
        .isEqualTo(new String(declared.getBytes(WINDOWS_1251), WINDOWS_1252));
    assertThat(TextDecoder.decode(declared.getBytes(WINDOWS_1251), "l.html")).isEqualTo(declared);
  }

  @Test
  void valid_utf8_wins_over_a_declared_legacy_charset() throws Exception {
    String page = "<meta charset=\"koi8-r\"><p>Вопрос: Où?</p>";
    assertThat(TextDecoder.decodeHtml(page.getBytes(UTF_8), "u.html")).isEqualTo(page);
  }

  private static void assertBinary(byte[] page, String what) {
    assertThatThrownBy(() -> TextDecoder.decode(page, "blob.txt"))
        .isInstanceOf(ParseException.class)
        .hasMessage("blob.txt: binary file (" + what + ")");
  }

  static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
