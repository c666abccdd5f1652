package ru.nko.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The platform that carries out a regional roadmap for the non-profit sector. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class NkoPlatformApplication {

	public static void main(String[] args) {
		SpringApplication.run(NkoPlatformApplication.class, args);
	}

}
