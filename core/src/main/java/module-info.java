/**
 * Looking Beyond SDK core: the immutable domain model of civil-society engagement in UNODC
 * intergovernmental processes, the reference data the library ships (ISO 3166-1 / UN M49 geography,
 * UN regional groups, thematic taxonomy, UNODC field offices, governing bodies and their sessions) and
 * the validated {@link org.lookingbeyond.registry.Registry} that every analysis reads.
 *
 * <p>The module's only runtime dependency is {@code org.slf4j}.
 *
 * @since 0.1.0
 */
// "module": the qualified export names modules built after this one
@SuppressWarnings({"requires-automatic", "module"})
module org.lookingbeyond.core {
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires org.slf4j;

  exports org.lookingbeyond;
  exports org.lookingbeyond.geo;
  exports org.lookingbeyond.theme;
  exports org.lookingbeyond.model;
  exports org.lookingbeyond.reference;
  exports org.lookingbeyond.registry;
  exports org.lookingbeyond.classify;
  exports org.lookingbeyond.coverage;
  exports org.lookingbeyond.rules;
  exports org.lookingbeyond.funding;
  // shared helpers of the library's own modules, not API
  exports org.lookingbeyond.internal to org.lookingbeyond.json, org.lookingbeyond.tabular;
}
