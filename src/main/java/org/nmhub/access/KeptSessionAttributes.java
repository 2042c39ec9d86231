package org.nmhub.access;

import java.util.Arrays;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * Reads the stored session attributes every request needs without deserialising them
 * again. Spring Session keeps each attribute in PostgreSQL as Java-serialised bytes and
 * deserialises the security context on every request, which was about a tenth of a kept
 * page's CPU (docs/performance.md). Here the objects read from the same bytes are kept
 * (bounded by {@value #KEPT_BYTES} bytes of keys), for two immutable kinds only: the
 * security context's authentication, handed out in a new context each time (sign-out
 * empties the context it is given), and the CSRF token. Every other attribute (flash
 * messages, saved requests) is deserialised as before. The session is still read from the
 * database on every request, so signing out, expiry and revocation are seen at once, on
 * every instance (docs/adr/0037).
 */
final class KeptSessionAttributes {

	static final long KEPT_BYTES = 16L << 20;

	private final Cache<Bytes, Object> kept = Caffeine.newBuilder()
		.maximumWeight(KEPT_BYTES)
		.weigher((Bytes bytes, Object value) -> bytes.value.length)
		.build();

	/**
	 * Deserialises with the application's class loader, which holds the jar's classes.
	 */
	private final DeserializingConverter deserializer = new DeserializingConverter(
			KeptSessionAttributes.class.getClassLoader());

	/** The stored form of an attribute, compared by content. */
	private record Bytes(byte[] value, int hash) {

		static Bytes of(byte[] value) {
			return new Bytes(value, Arrays.hashCode(value));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Bytes bytes && bytes.hash == hash && Arrays.equals(bytes.value, value);
		}

		@Override
		public int hashCode() {
			return hash;
		}

	}

	/**
	 * The conversion service Spring Session's JDBC repository (de)serialises attributes
	 * with: serialising as its default does, deserialising through {@link #read}.
	 */
	GenericConversionService conversionService() {
		GenericConversionService service = new GenericConversionService();
		service.addConverter(Object.class, byte[].class, new SerializingConverter());
		service.addConverter(new GenericConverter() {
			@Override
			public Set<ConvertiblePair> getConvertibleTypes() {
				return Set.of(new ConvertiblePair(byte[].class, Object.class));
			}

			@Override
			public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType,
					TypeDescriptor targetType) {
				return source == null ? null : read((byte[]) source);
			}
		});
		return service;
	}

	/** The attribute stored as these bytes. */
	Object read(byte[] stored) {
		Bytes bytes = Bytes.of(stored);
		Object value = kept.getIfPresent(bytes);
		if (value == null) {
			value = deserializer.convert(stored);
			if (value instanceof SecurityContext context && context.getClass() == SecurityContextImpl.class) {
				kept.put(bytes, new SecurityContextImpl(context.getAuthentication()));
			}
			else if (value instanceof DefaultCsrfToken) {
				kept.put(bytes, value);
			}
			return value;
		}
		return value instanceof SecurityContext context ? new SecurityContextImpl(context.getAuthentication()) : value;
	}

}
