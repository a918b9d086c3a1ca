package org.lookingbeyond.classify;

import java.util.Set;
import org.lookingbeyond.geo.RegionRef;

/**
 * A region an organization may be a candidate RLO for, with its countries, found once per
 * classification run.
 *
 * @param ref the region
 * @param name its name
 * @param kind its kind
 * @param countries the alpha-2 codes of its countries
 * @param order its place in the run's order of regions: M49 regions, then sub-regions, then field office
 *     areas, each by code
 */
record CandidateRegion(RegionRef ref, String name, RegionKind kind, Set<String> countries, int order) {}
