package org.verbatim.search;

import java.util.List;
import java.util.Optional;
import org.verbatim.model.Publication;

/**
 * Which publications are language versions of one another, as the store of record knows them:
 * what a {@link Searcher} needs to align a hit's turns with those of its other versions. The
 * archive gives one backed by its store; implementations must be thread-safe.
 */
public interface LanguageVersions {

  /** Knows no publication: hits name no other version, and {@code also:} finds nothing. */
  LanguageVersions NONE = new LanguageVersions() {
    @Override
    public Optional<Latest> latest(String id) {
      return Optional.empty();
    }

    @Override
    public List<Version> of(String id, Publication publication) {
      return List.of();
    }
  };

  /** The latest version of publication {@code id}; empty when there is no such publication. */
  Optional<Latest> latest(String id);

  /** The other language versions of publication {@code id}, whose latest version is given. */
  List<Version> of(String id, Publication publication);

  /**
   * The latest version of a publication.
   *
   * @param version     its number, from 1: what tells a publication changed
   * @param publication the publication as parsed
   */
  record Latest(int version, Publication publication) {}

  /**
   * Another language version.
   *
   * @param id       its archive id
   * @param language its language ({@code ru}), or null when unknown
   */
  record Version(String id, String language) {}
}
