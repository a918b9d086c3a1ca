package org.lookingbeyond.classify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.lookingbeyond.UnknownIdException;
import org.lookingbeyond.internal.Checks;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.Session;
import org.lookingbeyond.registry.Registry;

/**
 * The rule that gives an engagement tier from participation history (DOMAIN default: CORE with 3 or
 * more participations in the last 24 months, at least one a statement or side event; ACTIVE with 1 or
 * more in 24 months; LAPSED with earlier ones only; PROSPECT with none). Every number is a setting.
 *
 * <p>A participation (one organization, one session, one kind: attending, an oral or written statement,
 * a side event; a {@link org.lookingbeyond.model.ParticipationKind#REGISTERED registration} is not one)
 * counts on its session's first day ({@link Session#earliestStart()} where the day is not known);
 * sessions starting after the as-of date do not count yet. Rules are immutable and safe to share
 * between threads.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class EngagementRule {

  EngagementRule() {}

  /**
   * Returns a builder with the default settings.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link EngagementRule} values: set each attribute, then {@code build()}, which checks every
   * invariant and throws naming the attribute that is missing or invalid.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableEngagementRule.Builder {
    Builder() {}
  }

  /**
   * Returns a builder holding this value's attributes, to make a changed copy:
   * {@code value.toBuilder().someAttribute(newValue).build()}.
   *
   * @return a new builder preloaded with this value
   * @since 0.1.0
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * The rule with the default settings.
   *
   * @return the default rule
   * @since 0.1.0
   */
  public static EngagementRule defaults() {
    return Defaults.INSTANCE;
  }

  /** Holds the shared instance apart, so that loading this class never waits on its generated subclass. */
  private static final class Defaults {
    static final EngagementRule INSTANCE = builder().build();
  }

  /**
   * The length of the window of recent participation, in months; 24 by default.
   *
   * @return the months, 1 or more
   * @since 0.1.0
   */
  @Value.Default
  public int windowMonths() {
    return 24;
  }

  /**
   * The fewest participations within the window for CORE; 3 by default.
   *
   * @return the minimum, 1 or more
   * @since 0.1.0
   */
  @Value.Default
  public int coreMinimumParticipations() {
    return 3;
  }

  /**
   * Whether CORE also needs a statement or side event within the window; true by default.
   *
   * @return true if a contribution is needed
   * @since 0.1.0
   */
  @Value.Default
  public boolean coreRequiresContribution() {
    return true;
  }

  /**
   * Assesses one organization.
   *
   * @param registry the registry holding its participations and the sessions
   * @param organizationId the organization's id
   * @param asOf the day the tier should hold on
   * @return the engagement with its facts
   * @throws org.lookingbeyond.UnknownIdException if the registry has no organization with that id
   * @since 0.1.0
   */
  public Engagement assess(Registry registry, String organizationId, LocalDate asOf) {
    if (registry.findOrganization(organizationId).isEmpty()) {
      throw UnknownIdException.of("organization", organizationId,
          registry.organizations().stream().map(Organization::id).collect(Collectors.toList()));
    }
    LocalDate windowStart = asOf.minusMonths(windowMonths()).plusDays(1);
    TreeSet<Session> recent = new TreeSet<>(java.util.Comparator.comparing(Session::earliestStart)
        .thenComparing(Session::id));
    int contributions = 0;
    int participations = 0;
    Optional<LocalDate> last = Optional.empty();
    for (Participation p : registry.participationsOf(organizationId)) {
      Optional<Session> session = registry.reference().findSession(p.sessionId());
      if (session.isEmpty() || !p.kind().tookPart()) {
        continue;
      }
      LocalDate day = session.get().earliestStart();
      if (day.isAfter(asOf)) {
        continue;
      }
      if (last.isEmpty() || day.isAfter(last.get())) {
        last = Optional.of(day);
      }
      if (!day.isBefore(windowStart)) {
        recent.add(session.get());
        participations++;
        if (p.kind().isContribution()) {
          contributions++;
        }
      }
    }
    List<String> ids = new ArrayList<>();
    recent.forEach(s -> ids.add(s.id()));
    EngagementTier tier = tierOf(last.isPresent(), participations, contributions);
    String reason;
    String window = "in the " + windowMonths() + " months from " + windowStart + " to " + asOf;
    if (tier == EngagementTier.PROSPECT) {
      reason = "no participation in any session on or before " + asOf;
    } else if (tier == EngagementTier.LAPSED) {
      reason = "last took part on " + last.orElseThrow() + ", before the window of " + windowMonths()
          + " months from " + windowStart + " to " + asOf;
    } else if (tier == EngagementTier.CORE) {
      reason = participations + " participations in " + ids.size() + " session(s) " + window + " (CORE needs "
          + coreMinimumParticipations() + ")"
          + (coreRequiresContribution() ? ", with " + contributions + " statements or side events (needs 1)" : "");
    } else {
      reason = participations + " participation(s) in " + ids.size() + " session(s) " + window + "; CORE needs "
          + coreMinimumParticipations()
          + (coreRequiresContribution() ? " and a statement or side event (has " + contributions + ")" : "");
    }
    return Engagement.builder().organizationId(organizationId).tier(tier).asOf(asOf)
        .windowStart(windowStart).recentSessions(ids).recentParticipations(participations)
        .recentContributions(contributions).lastParticipation(last)
        .rule(this).reason(reason).build();
  }

  /**
   * The tier alone, without its facts or its sentence, for the bulk path of classification; always
   * {@code assess(registry, organizationId, asOf).tier()}.
   *
   * @param participations the organization's participations
   * @param firstDay the epoch day a session counts on ({@link Session#earliestStart()}), by session id;
   *     {@link Long#MIN_VALUE} for a session the reference data lacks
   * @param asOf the day the tier should hold on
   */
  EngagementTier tier(List<Participation> participations, ToLongFunction<String> firstDay, LocalDate asOf) {
    long windowStart = asOf.minusMonths(windowMonths()).plusDays(1).toEpochDay();
    long last = asOf.toEpochDay();
    boolean any = false;
    int recent = 0;
    int contributions = 0;
    for (Participation p : participations) {
      long day = firstDay.applyAsLong(p.sessionId());
      if (day == Long.MIN_VALUE || !p.kind().tookPart() || day > last) {
        continue;
      }
      any = true;
      if (day >= windowStart) {
        recent++;
        if (p.kind().isContribution()) {
          contributions++;
        }
      }
    }
    return tierOf(any, recent, contributions);
  }

  private EngagementTier tierOf(boolean tookPart, int recentParticipations, int recentContributions) {
    if (!tookPart) {
      return EngagementTier.PROSPECT;
    }
    if (recentParticipations == 0) {
      return EngagementTier.LAPSED;
    }
    boolean contributed = recentContributions > 0 || !coreRequiresContribution();
    return recentParticipations >= coreMinimumParticipations() && contributed ? EngagementTier.CORE
        : EngagementTier.ACTIVE;
  }

  @Value.Check
  void check() {
    Checks.require(windowMonths() >= 1, "EngagementRule", null, "windowMonths", "must be 1 or more: %d", windowMonths());
    Checks.require(coreMinimumParticipations() >= 1, "EngagementRule", null, "coreMinimumParticipations",
        "must be 1 or more: %d", coreMinimumParticipations());
  }
}
