/**
 * Citations of a publication and of its turns: the work cited ({@link org.verbatim.cite.CitedWork}:
 * author, title, site, date as printed, the permalink with its version and, for a turn, the hash of
 * its words), and that work written in a citation style or an exchange format
 * ({@link org.verbatim.cite.Citations#format}): APA, Chicago author-date and MLA by the CSL
 * processor citeproc-java with the styles of the CSL project, BibTeX and RIS by small writers of
 * our own (citeproc-java reads them but does not write them), CSL-JSON as citeproc-java writes
 * its items. {@link org.verbatim.cite.TurnHash} is the short hash that a cited turn's link
 * carries, so that a reader can tell whether the turn's words changed since. Depends on the
 * model only.
 */
package org.verbatim.cite;
