package org.nmhub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * NM Hub: neighbourhood management for English local partnerships.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NmHubApplication {

	public static void main(String[] args) {
		SpringApplication.run(NmHubApplication.class, args);
	}

}
