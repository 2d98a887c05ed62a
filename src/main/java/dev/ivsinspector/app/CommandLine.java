package dev.ivsinspector.app;

import dev.ivsinspector.i18n.Texts;
import java.net.URI;
import java.util.List;

/**
 * The command line: {@code [ARN] [--profile NAME] [--region REGION] [--endpoint-url URL] [--demo]}.
 * Options may also be written --name=value.
 */
public record CommandLine(String arn, String profile, String region, URI endpointUrl, boolean demo) {

    public static final String USAGE = Texts.text("cli.usage");

    public static CommandLine parse(List<String> args) {
        String arn = null;
        String profile = null;
        String region = null;
        URI endpoint = null;
        boolean demo = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "--demo" -> demo = true;
                case "--profile" -> profile = inline != null ? inline : value(args, ++i, name);
                case "--region" -> region = inline != null ? inline : value(args, ++i, name);
                case "--endpoint-url" -> endpoint = endpoint(inline != null ? inline : value(args, ++i, name));
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException(Texts.format("cli.unknownOption", arg, USAGE));
                    }
                    if (arn != null) {
                        throw new IllegalArgumentException(Texts.format("cli.oneArn", USAGE));
                    }
                    arn = arg;
                }
            }
        }
        return new CommandLine(arn, profile, region, endpoint, demo);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new IllegalArgumentException(Texts.format("cli.needsValue", option, USAGE));
        }
        return args.get(index);
    }

    private static URI endpoint(String text) {
        try {
            return URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Texts.format("cli.notUrl", text, USAGE), e);
        }
    }

    /** The same command line without --endpoint-url (after the endpoint rule refused it). */
    CommandLine withoutEndpoint() {
        return new CommandLine(arn, profile, region, null, demo);
    }

    /** True when the user named any part of a real AWS connection. */
    boolean asksForRealConnection() {
        return profile != null || region != null || endpointUrl != null;
    }
}
