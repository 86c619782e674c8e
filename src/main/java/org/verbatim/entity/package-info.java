/**
 * Who and what a publication talks about: people with their posts, countries, organisations,
 * places, documents, events, groups and outlets, recognised in English and Russian (and country
 * names in every language of the catalogue), each with a stable id shared across languages.
 */
package org.verbatim.entity;
