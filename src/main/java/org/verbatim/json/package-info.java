/**
 * The JSON shape of a publication: what {@code parse --json} prints, what the generator's truth
 * files hold, and Verbatim's export format. {@link org.verbatim.json.PublicationJson} writes and
 * reads it; the README documents it field by field.
 */
package org.verbatim.json;
