package org.nmhub;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail) for the tests: started once per JVM on a free port, and
 * wired into {@code spring.mail.*} of every application context the tests start
 * (registered in {@code META-INF/spring.factories}).
 */
public final class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static GreenMail server;

	public static synchronized GreenMail get() {
		if (server == null) {
			GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			mail.start();
			server = mail;
			Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
		}
		return server;
	}

	public static int port() {
		return get().getSmtp().getPort();
	}

	/** Every message received so far addressed to {@code address}. */
	public static List<MimeMessage> messagesTo(String address) {
		return Arrays.stream(get().getReceivedMessages()).filter(m -> {
			try {
				Address[] recipients = m.getAllRecipients();
				return recipients != null
						&& Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("testMailServer",
					Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", port())));
	}

}
