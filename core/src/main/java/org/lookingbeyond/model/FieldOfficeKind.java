package org.lookingbeyond.model;

/**
 * The kind of a UNODC field office.
 *
 * @since 0.1.0
 */
public enum FieldOfficeKind {
  /** A regional office covering several countries. */
  REGIONAL,
  /** A country office. */
  COUNTRY,
  /** A programme or project office. */
  PROGRAMME,
  /** A liaison (and partnership) office. */
  LIAISON
}
