package org.lookingbeyond.examples;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.lookingbeyond.geo.Area;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.geo.UnknownCodeException;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.registry.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lookingbeyond organizations [--country KE] [--region 014] [--area drug-prevention]}. */
@Command(name = "organizations", mixinStandardHelpOptions = true,
    description = "Lists the organizations of the registry (never their contact details).")
final class OrganizationsCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @ParentCommand
  private LookingBeyondCli parent;

  @Mixin
  private RegistryOption registryOption;

  @Mixin
  private OutputOption output;

  @Option(names = "--country", paramLabel = "CODE",
      description = "Only those operating in this country (alpha-2, alpha-3 or numeric code).")
  private String country;

  @Option(names = "--region", paramLabel = "REGION",
      description = "Only those operating in this M49 region (such as 014) or grouping (such as ROEA).")
  private String region;

  @Option(names = "--area", paramLabel = "ID",
      description = "Only those working on this thematic area (such as drug-prevention) or on an area of this pillar.")
  private String area;

  @Override
  public Integer call() {
    Registry registry = registryOption.registry();
    List<Organization> orgs = registry.organizations();
    StringBuilder filter = new StringBuilder();
    if (country != null) {
      Area a;
      try {
        a = registry.reference().geography().area(country);
      } catch (UnknownCodeException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e);
      }
      Set<String> in = ids(registry.organizationsIn(a.alpha2()));
      orgs = orgs.stream().filter(o -> in.contains(o.id())).collect(Collectors.toList());
      filter.append(" in ").append(a.alpha2()).append(' ').append(a.name());
    }
    if (region != null) {
      RegionRef ref = Describe.parseRegion(registry.reference().geography(), region).orElseThrow(() ->
          new ParameterException(spec.commandLine(), "Unknown region or grouping '" + region
              + "': expected an M49 code such as 014 or a grouping id such as ROEA"));
      Set<String> in = ids(registry.organizationsIn(ref));
      orgs = orgs.stream().filter(o -> in.contains(o.id())).collect(Collectors.toList());
      filter.append(" in ").append(Describe.region(registry.reference(), ref));
    }
    if (area != null) {
      Set<String> areas;
      try {
        areas = registry.reference().taxonomy().expand(List.of(area.strip()));
      } catch (UnknownCodeException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e);
      }
      orgs = orgs.stream().filter(o -> o.thematicAreas().stream().anyMatch(areas::contains))
          .collect(Collectors.toList());
      filter.append(" working on ").append(area.strip());
    }
    List<Organization> listed = orgs;
    output.print(spec, out -> {
      out.println("Organizations of " + registryOption.name() + filter + ": " + listed.size());
      out.println();
      RegistryReport.organizationTable(listed, parent.asOf(registryOption)).print(out);
    });
    return 0;
  }

  private static Set<String> ids(List<Organization> orgs) {
    return orgs.stream().map(Organization::id).collect(Collectors.toSet());
  }
}
