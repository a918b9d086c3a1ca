package org.lookingbeyond.examples;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.lookingbeyond.geo.Area;
import org.lookingbeyond.geo.Geography;
import org.lookingbeyond.geo.RegionLevel;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lookingbeyond countries [REGION-or-GROUPING]}: the countries of an M49 region or a grouping. */
@Command(name = "countries", mixinStandardHelpOptions = true,
    description = "Lists the countries and areas of an M49 region (such as 014) or a grouping (such as ROSA or"
        + " AFRICAN); all of them without an argument.")
final class CountriesCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private RegistryOption registry;

  @Mixin
  private OutputOption output;

  @Parameters(arity = "0..1", paramLabel = "REGION-or-GROUPING",
      description = "An M49 code (002, 202, 014), a grouping id (ROEA, ROSA, WESTERN_EUROPEAN_OTHERS) or SCHEME:code.")
  private String region;

  @Override
  public Integer call() {
    ReferenceData reference = registry.registry().reference();
    Geography geo = reference.geography();
    output.print(spec, out -> print(out, reference, geo));
    return 0;
  }

  private void print(PrintWriter out, ReferenceData reference, Geography geo) {
    List<Area> areas;
    if (region == null) {
      areas = geo.areas();
      out.println("All countries and areas: " + areas.size());
    } else {
      RegionRef ref = Describe.parseRegion(geo, region).orElseThrow(() -> new ParameterException(spec.commandLine(),
          "Unknown region or grouping '" + region + "': expected an M49 code such as 014, or one of the grouping ids "
              + geo.groupings().stream().map(g -> g.id()).collect(java.util.stream.Collectors.joining(", "))));
      areas = geo.countriesOf(ref);
      out.println(Describe.region(reference, ref) + ": " + areas.size() + " countries and areas");
    }
    out.println();
    TextTable t = new TextTable("Alpha-2", "Alpha-3", "Numeric", "Name", "Region", "Sub-region", "Intermediate region");
    for (Area a : areas) {
      t.row(a.alpha2(), a.alpha3(), a.numeric(), a.name(), level(geo, a, RegionLevel.REGION),
          level(geo, a, RegionLevel.SUB_REGION), level(geo, a, RegionLevel.INTERMEDIATE_REGION));
    }
    t.print(out);
  }

  private static String level(Geography geo, Area a, RegionLevel level) {
    return geo.regionOf(a.alpha2(), level).map(Object::toString).orElse("-");
  }
}
