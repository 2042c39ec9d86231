# NM Hub container image: built from source in one stage, run as a non-root user on a JRE in the
# next. Build:  docker build -t nmhub .      Run: see docs/operations.md ("Container image").
#
# syntax=docker/dockerfile:1

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package \
 && cp target/nmhub-*.jar /nmhub.jar \
 && mkdir /layers && cd /layers && java -Djarmode=tools -jar /nmhub.jar extract --layers --launcher --destination .

FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 nmhub \
 && useradd --system --uid 10001 --gid nmhub --home-dir /var/lib/nmhub --create-home nmhub
WORKDIR /opt/nmhub
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER 10001:10001
# NMHUB_HOME holds the embedded database when NMHUB_DB_URL is empty (demonstrations only; production
# sets NMHUB_MODE=production and NMHUB_DB_URL). The official data files can be mounted at /data.
ENV NMHUB_HOME=/var/lib/nmhub \
    NMHUB_DATA_DIR=/data \
    PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME ["/var/lib/nmhub"]
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=4 \
  CMD curl -fsS "http://127.0.0.1:${PORT}/actuator/health/readiness" > /dev/null || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
