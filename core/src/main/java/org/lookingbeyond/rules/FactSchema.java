package org.lookingbeyond.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lookingbeyond.UnknownIdException;
import org.lookingbeyond.internal.Checks;

/**
 * The facts a domain provides to its policies, and the parameters the domain reads from every policy
 * outside its rules (such as the number of days after which a report is due). A policy is built against one schema,
 * which lets it check every fact name and type.
 *
 * @since 0.1.0
 */
public final class FactSchema {
  private final String name;
  private final List<Fact<?>> facts;
  private final Map<String, Integer> index;
  private final Map<String, ParameterType> domainParameters;

  private FactSchema(String name, List<Fact<?>> facts, Map<String, ParameterType> domainParameters) {
    Checks.nonBlank(name, "FactSchema", "name");
    Map<String, Integer> idx = new LinkedHashMap<>();
    for (Fact<?> f : facts) {
      Checks.require(idx.put(f.name(), idx.size()) == null, "FactSchema", name, "facts", "names the fact %s twice",
          f.name());
    }
    this.name = name;
    this.facts = List.copyOf(facts);
    this.index = Collections.unmodifiableMap(idx);
    this.domainParameters = Collections.unmodifiableMap(new LinkedHashMap<>(domainParameters));
  }

  /**
   * Creates a schema.
   *
   * @param name the schema's name, such as {@code "seed-funding"}
   * @param facts the facts, in a stable order
   * @param domainParameters the parameters (name and type) the domain reads from every policy built on
   *     this schema outside its rules: in fact extraction (such as the days after which a report is due)
   *     or in what follows a decision (such as allocation caps)
   * @return the schema
   * @throws org.lookingbeyond.InvalidValueException if a fact is named twice
   * @since 0.1.0
   */
  public static FactSchema of(String name, List<Fact<?>> facts, Map<String, ParameterType> domainParameters) {
    return new FactSchema(name, facts, domainParameters);
  }

  /**
   * The schema's name.
   *
   * @return the name
   * @since 0.1.0
   */
  public String name() {
    return name;
  }

  /**
   * The facts, in the schema's order.
   *
   * @return the facts
   * @since 0.1.0
   */
  public List<Fact<?>> facts() {
    return facts;
  }

  /**
   * The fact with a name.
   *
   * @param factName the name
   * @return the fact, or empty
   * @since 0.1.0
   */
  public Optional<Fact<?>> find(String factName) {
    Integer i = index.get(factName);
    return i == null ? Optional.empty() : Optional.of(facts.get(i));
  }

  /**
   * The position of a fact in the schema.
   *
   * @param factName the name
   * @return the index
   * @throws UnknownIdException if the schema has no such fact
   * @since 0.1.0
   */
  public int indexOf(String factName) {
    Integer i = index.get(factName);
    if (i == null) {
      throw UnknownIdException.of("fact of schema " + name, factName, index.keySet());
    }
    return i;
  }

  /**
   * The parameters the domain reads outside the rules (fact extraction, allocation), by name, with
   * their types; every policy on this schema must have them.
   *
   * @return the parameters
   * @since 0.1.0
   */
  public Map<String, ParameterType> domainParameters() {
    return domainParameters;
  }

  @Override
  public String toString() {
    return "FactSchema[" + name + ", " + facts.size() + " facts]";
  }
}
