package org.verbatim.store;

import org.verbatim.model.Kind;

/**
 * Another language version of a publication as the store holds it: the latest version of a
 * publication of its group, set by hand or found (by the site's document id, the printed date
 * and time, or the content: {@link TranscriptStore#languageVersions}).
 *
 * @param id        the archive id
 * @param title     its title, or null
 * @param published its printed date and time ({@code 2017-03-02T18:49})
 * @param kind      its kind
 * @param language  its language, or null when unknown
 */
public record LanguageVersion(String id, String title, String published, Kind kind,
    String language) {}
