package org.lookingbeyond.rules;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A test over facts, from a closed catalog: each kind names the facts it reads and the parameters it
 * compares them with, by name, and a policy checks those names and types when it is built. Nothing in a
 * criterion is code; the JSON form of a policy uses the same kinds ({@link #kind()}) and members.
 * Create criteria with {@link Criteria}.
 *
 * @since 0.1.0
 */
public sealed interface Criterion permits Criterion.IsTrue, Criterion.IsFalse, Criterion.Positive,
    Criterion.AtLeast, Criterion.AtMost, Criterion.Between, Criterion.DaysBetween, Criterion.YearsBefore,
    Criterion.TextEquals, Criterion.NotEmpty, Criterion.Intersects, Criterion.Graded, Criterion.Proportion,
    Criterion.AllOf, Criterion.AnyOf, Criterion.Not {

  /**
   * The kind's name in the catalog, such as {@code "atLeast"}.
   *
   * @return the kind
   * @since 0.1.0
   */
  String kind();

  /**
   * The facts this criterion (and those it contains) reads, in order of first use.
   *
   * @return the fact names
   * @since 0.1.0
   */
  default List<String> facts() {
    return List.of();
  }

  /**
   * The parameters this criterion (and those it contains) compares with, in order of first use.
   *
   * @return the parameter names
   * @since 0.1.0
   */
  default List<String> parameters() {
    return List.of();
  }

  /**
   * The canonical text form, such as {@code atLeast(application.amount, maxAmount)}; equal criteria
   * have equal forms.
   *
   * @return the text form
   * @since 0.1.0
   */
  String canonical();

  /**
   * Passes when a boolean fact is true.
   *
   * @param fact the fact's name
   * @since 0.1.0
   */
  record IsTrue(String fact) implements Criterion {
    @Override
    public String kind() {
      return "isTrue";
    }

    @Override
    public List<String> facts() {
      return List.of(fact);
    }

    @Override
    public String canonical() {
      return kind() + "(" + fact + ")";
    }
  }

  /**
   * Passes when a boolean fact is false.
   *
   * @param fact the fact's name
   * @since 0.1.0
   */
  record IsFalse(String fact) implements Criterion {
    @Override
    public String kind() {
      return "isFalse";
    }

    @Override
    public List<String> facts() {
      return List.of(fact);
    }

    @Override
    public String canonical() {
      return kind() + "(" + fact + ")";
    }
  }

  /**
   * Passes when a number fact is greater than zero.
   *
   * @param fact the fact's name
   * @since 0.1.0
   */
  record Positive(String fact) implements Criterion {
    @Override
    public String kind() {
      return "positive";
    }

    @Override
    public List<String> facts() {
      return List.of(fact);
    }

    @Override
    public String canonical() {
      return kind() + "(" + fact + ")";
    }
  }

  /**
   * Passes when a number fact is at least a parameter.
   *
   * @param fact the fact's name
   * @param parameter the parameter's name (NUMBER or INTEGER)
   * @since 0.1.0
   */
  record AtLeast(String fact, String parameter) implements Criterion {
    @Override
    public String kind() {
      return "atLeast";
    }

    @Override
    public List<String> facts() {
      return List.of(fact);
    }

    @Override
    public List<String> parameters() {
      return List.of(parameter);
    }

    @Override
    public String canonical() {
      return kind() + "(" + fact + ", " + parameter + ")";
    }
  }

  /**
   * Passes when a number fact is at most a parameter.
   *
   * @param fact the fact's name
   * @param parameter the parameter's name (NUMBER or INTEGER)
   * @since 0.1.0
   */
  record AtMost(String fact, String parameter) implements Criterion {
    @Override
    public String kind() {
      return "atMost";
    }

    @Override
    public List<String> facts() {
      return List.of(fact);
    }

    @Override
    public List<String> parameters() {
      return List.of(parameter);
    }

    @Override
    public String canonical() {
      return kind() + "(" + fact + ", " + parameter + ")";
    }
  }

  /**
   * Passes when a number fact lies between two parameters, both included.
   *
   * @param fact the fact's name
   * @param minParameter the lower bound's parameter
   * @param maxParameter the upper bound's parameter
   * @since 0.1.0
   */
  record Between(String fact, String minParameter, String maxParameter) implements Criterion {
    @Override
    public String kind() {
      return "between";
    }

    @Override
    public List<String> facts() {
      return List.of(fact);
    }

    @Override
    public List<String> parameters() {
      return List.of(minParameter, maxParameter);
    }

    @Override
    public String canonical() {
      return kind() + "(" + fact + ", " + minParameter + ", " + maxParameter + ")";
    }
  }

  /**
   * Passes when the number of days from one date fact to another lies between two parameters, both
   * included (negative when the second date is earlier).
   *
   * @param fromFact the first date's fact
   * @param toFact the second date's fact
   * @param minParameter the fewest days
   * @param maxParameter the most days
   * @since 0.1.0
   */
  record DaysBetween(String fromFact, String toFact, String minParameter, String maxParameter)
      implements Criterion {
    @Override
    public String kind() {
      return "daysBetween";
    }

    @Override
    public List<String> facts() {
      return List.of(fromFact, toFact);
    }

    @Override
    public List<String> parameters() {
      return List.of(minParameter, maxParameter);
    }

    @Override
    public String canonical() {
      return kind() + "(" + fromFact + ", " + toFact + ", " + minParameter + ", " + maxParameter + ")";
    }
  }

  /**
   * Passes when a date fact lies at least a number of years (a parameter) before another date fact:
   * {@code earlier <= later - years}, so exactly that many years passes.
   *
   * @param earlierFact the earlier date's fact
   * @param laterFact the later date's fact
   * @param yearsParameter the parameter holding the years
   * @since 0.1.0
   */
  record YearsBefore(String earlierFact, String laterFact, String yearsParameter) implements Criterion {
    @Override
    public String kind() {
      return "yearsBefore";
    }

    @Override
    public List<String> facts() {
      return List.of(earlierFact, laterFact);
    }

    @Override
    public List<String> parameters() {
      return List.of(yearsParameter);
    }

    @Override
    public String canonical() {
      return kind() + "(" + earlierFact + ", " + laterFact + ", " + yearsParameter + ")";
    }
  }

  /**
   * Passes when a text fact equals a text parameter.
   *
   * @param fact the fact's name
   * @param parameter the parameter's name (TEXT)
   * @since 0.1.0
   */
  record TextEquals(String fact, String parameter) implements Criterion {
    @Override
    public String kind() {
      return "textEquals";
    }

    @Override
    public List<String> facts() {
      return List.of(fact);
    }

    @Override
    public List<String> parameters() {
      return List.of(parameter);
    }

    @Override
    public String canonical() {
      return kind() + "(" + fact + ", " + parameter + ")";
    }
  }

  /**
   * Passes when a text-set fact has at least one element.
   *
   * @param fact the fact's name
   * @since 0.1.0
   */
  record NotEmpty(String fact) implements Criterion {
    @Override
    public String kind() {
      return "notEmpty";
    }

    @Override
    public List<String> facts() {
      return List.of(fact);
    }

    @Override
    public String canonical() {
      return kind() + "(" + fact + ")";
    }
  }

  /**
   * Passes when two text-set facts share at least one element.
   *
   * @param fact the first fact's name
   * @param otherFact the second fact's name
   * @since 0.1.0
   */
  record Intersects(String fact, String otherFact) implements Criterion {
    @Override
    public String kind() {
      return "intersects";
    }

    @Override
    public List<String> facts() {
      return List.of(fact, otherFact);
    }

    @Override
    public String canonical() {
      return kind() + "(" + fact + ", " + otherFact + ")";
    }
  }

  /**
   * For scores: gives the credit a GRADES parameter assigns to a text fact's value (a value the table
   * lacks gets 0). Passes with a credit above 0, fails with 0.
   *
   * @param fact the fact's name
   * @param gradesParameter the parameter holding the table
   * @since 0.1.0
   */
  record Graded(String fact, String gradesParameter) implements Criterion {
    @Override
    public String kind() {
      return "graded";
    }

    @Override
    public List<String> facts() {
      return List.of(fact);
    }

    @Override
    public List<String> parameters() {
      return List.of(gradesParameter);
    }

    @Override
    public String canonical() {
      return kind() + "(" + fact + ", " + gradesParameter + ")";
    }
  }

  /**
   * For scores: gives a number fact between 0 and 1 as the credit (values outside are clamped). Passes
   * with a credit above 0, fails with 0.
   *
   * @param fact the fact's name
   * @since 0.1.0
   */
  record Proportion(String fact) implements Criterion {
    @Override
    public String kind() {
      return "proportion";
    }

    @Override
    public List<String> facts() {
      return List.of(fact);
    }

    @Override
    public String canonical() {
      return kind() + "(" + fact + ")";
    }
  }

  /**
   * Passes when every contained criterion passes; fails when one fails; otherwise unknown when one is
   * unknown.
   *
   * @param criteria the contained criteria, at least one
   * @since 0.1.0
   */
  record AllOf(List<Criterion> criteria) implements Criterion {
    /**
     * Creates the criterion; the list is copied.
     *
     * @param criteria the contained criteria
     * @since 0.1.0
     */
    public AllOf {
      criteria = List.copyOf(criteria);
    }

    @Override
    public String kind() {
      return "all";
    }

    @Override
    public List<String> facts() {
      return criteria.stream().flatMap(c -> c.facts().stream()).distinct().collect(Collectors.toUnmodifiableList());
    }

    @Override
    public List<String> parameters() {
      return criteria.stream().flatMap(c -> c.parameters().stream()).distinct()
          .collect(Collectors.toUnmodifiableList());
    }

    @Override
    public String canonical() {
      return kind() + criteria.stream().map(Criterion::canonical).collect(Collectors.joining(", ", "(", ")"));
    }
  }

  /**
   * Passes when one contained criterion passes; fails when all fail; otherwise unknown.
   *
   * @param criteria the contained criteria, at least one
   * @since 0.1.0
   */
  record AnyOf(List<Criterion> criteria) implements Criterion {
    /**
     * Creates the criterion; the list is copied.
     *
     * @param criteria the contained criteria
     * @since 0.1.0
     */
    public AnyOf {
      criteria = List.copyOf(criteria);
    }

    @Override
    public String kind() {
      return "any";
    }

    @Override
    public List<String> facts() {
      return criteria.stream().flatMap(c -> c.facts().stream()).distinct().collect(Collectors.toUnmodifiableList());
    }

    @Override
    public List<String> parameters() {
      return criteria.stream().flatMap(c -> c.parameters().stream()).distinct()
          .collect(Collectors.toUnmodifiableList());
    }

    @Override
    public String canonical() {
      return kind() + criteria.stream().map(Criterion::canonical).collect(Collectors.joining(", ", "(", ")"));
    }
  }

  /**
   * Passes when the contained criterion fails and fails when it passes; unknown stays unknown.
   *
   * @param criterion the contained criterion
   * @since 0.1.0
   */
  record Not(Criterion criterion) implements Criterion {
    @Override
    public String kind() {
      return "not";
    }

    @Override
    public List<String> facts() {
      return criterion.facts();
    }

    @Override
    public List<String> parameters() {
      return criterion.parameters();
    }

    @Override
    public String canonical() {
      return kind() + "(" + criterion.canonical() + ")";
    }
  }

  /**
   * Every criterion in this tree, this one first, depth first.
   *
   * @return the criteria
   * @since 0.1.0
   */
  default Stream<Criterion> flatten() {
    if (this instanceof AllOf) {
      return Stream.concat(Stream.of(this), ((AllOf) this).criteria().stream().flatMap(Criterion::flatten));
    }
    if (this instanceof AnyOf) {
      return Stream.concat(Stream.of(this), ((AnyOf) this).criteria().stream().flatMap(Criterion::flatten));
    }
    if (this instanceof Not) {
      return Stream.concat(Stream.of(this), ((Not) this).criterion().flatten());
    }
    return Stream.of(this);
  }
}
