package dev.ivsinspector.model.recreate;

import java.util.function.Function;

/** The ways to write a configuration down so it can be created again, with the file name suffix to save as. */
public enum RecreateFormat {
    CLI("sh", CliCommand::render),
    CLOUDFORMATION("yaml", CloudFormationYaml::render),
    TERRAFORM("tf", TerraformHcl::render);

    private final String extension;
    private final Function<Recipe, String> renderer;

    RecreateFormat(String extension, Function<Recipe, String> renderer) {
        this.extension = extension;
        this.renderer = renderer;
    }

    public String extension() {
        return extension;
    }

    public String render(Recipe recipe) {
        return renderer.apply(recipe);
    }
}
