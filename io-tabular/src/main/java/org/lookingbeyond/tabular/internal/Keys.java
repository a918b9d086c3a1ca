package org.lookingbeyond.tabular.internal;

import org.lookingbeyond.model.NetworkMembership;

/** The keys that tie a record to its row and its unknown columns' values. */
public final class Keys {
  private Keys() {}

  /** A network membership's key: {@code organizationId/networkId/since}. */
  public static String membership(String organizationId, NetworkMembership m) {
    return organizationId + "/" + m.networkId() + "/" + m.since();
  }
}
