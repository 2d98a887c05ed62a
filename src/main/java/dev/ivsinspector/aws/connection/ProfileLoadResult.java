package dev.ivsinspector.aws.connection;

import java.util.List;
import java.util.Optional;

/**
 * The profiles that could be read plus a user-facing sentence for each file that could not. A broken
 * credentials file must not hide the profiles of a good config file, so problems are collected, not thrown.
 */
public record ProfileLoadResult(List<AwsProfile> profiles, List<String> problems) {

    public ProfileLoadResult {
        profiles = List.copyOf(profiles);
        problems = List.copyOf(problems);
    }

    public Optional<AwsProfile> find(String name) {
        return profiles.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
