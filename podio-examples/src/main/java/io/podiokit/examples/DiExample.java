package io.podiokit.examples;

import io.podiokit.http.retrofit.PodioClient;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The client wired by a DI container: Spring builds it from {@link PodioConfiguration} and injects it into an
 * application service. Two containers run side by side in one JVM, each with its own client and store, which works
 * because the library keeps no static state.
 */
final class DiExample {

  private DiExample() {}

  static void run(Settings settings, PrintStream out) {
    try (AnnotationConfigApplicationContext first = context(settings);
         AnnotationConfigApplicationContext second = context(settings)) {
      Backend backend = first.getBean(Backend.class);
      String beans = Arrays.stream(first.getBeanDefinitionNames())
          .filter(name -> !name.startsWith("org.springframework.")).collect(Collectors.joining(", "));
      out.println("Spring built the beans " + beans + " from PodioConfiguration, against " + backend.description()
          + ".");
      AppReport report = first.getBean(AppReport.class);
      backend.forgetEarlierRuns(first.getBean(PodioClient.class).forApp(report.appId()));
      out.println("The injected AppReport says: " + report.describe());

      AppReport other = second.getBean(AppReport.class);
      out.println("A second container in the same JVM has its own client (" + (second.getBean(PodioClient.class)
          != first.getBean(PodioClient.class) ? "a different instance" : "the same instance")
          + ") and store, and its AppReport says: " + other.describe());
      out.println("Nothing static was set up: the library needs no framework, and any container can build it.");
    }
    out.println("Closing the containers closed the clients, the stores and the emulators.");
  }

  private static AnnotationConfigApplicationContext context(Settings settings) {
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    context.registerBean(Settings.class, () -> settings);
    context.register(PodioConfiguration.class);
    context.refresh();
    return context;
  }
}
