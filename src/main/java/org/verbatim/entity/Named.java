package org.verbatim.entity;

/** An entity the catalogue knows by name: its id, type and canonical name. */
record Named(String id, EntityType type, String name) {}
