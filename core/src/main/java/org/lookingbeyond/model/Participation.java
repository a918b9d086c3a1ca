package org.lookingbeyond.model;

import org.immutables.value.Value;
import org.lookingbeyond.internal.Checks;

/**
 * One organization's participation of one kind in one session. The triple (organization, session,
 * kind) identifies it; see {@link #key()}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Participation {

  Participation() {}

  /**
   * Creates a participation.
   *
   * @param organizationId the organization's id
   * @param sessionId the session's id
   * @param kind how it took part
   * @return the participation
   * @since 0.1.0
   */
  public static Participation of(String organizationId, String sessionId, ParticipationKind kind) {
    return ImmutableParticipation.of(organizationId, sessionId, kind);
  }

  /**
   * The organization's id.
   *
   * @return the id
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract String organizationId();

  /**
   * The session's id.
   *
   * @return the id
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract String sessionId();

  /**
   * How the organization took part.
   *
   * @return the kind
   * @since 0.1.0
   */
  @Value.Parameter
  public abstract ParticipationKind kind();

  /**
   * The identifying text {@code organization@session/KIND}, used in problem reports.
   *
   * @return the key
   * @since 0.1.0
   */
  public String key() {
    return organizationId() + "@" + sessionId() + "/" + kind();
  }

  @Value.Check
  void check() {
    Checks.nonBlank(organizationId(), "Participation", "organizationId");
    Checks.nonBlank(sessionId(), "Participation", "sessionId");
  }
}
