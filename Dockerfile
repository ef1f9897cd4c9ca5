# One image for every newspipe service; docker-compose picks the command (watch, enricher, indexer, setup).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -ntp -DskipTests package -pl cli -am \
 && mkdir -p /out/lib \
 && cp cli/target/newspipe-cli-*.jar /out/newspipe.jar \
 && tr ':' '\n' < cli/target/runtime-classpath.txt | xargs -I{} cp {} /out/lib/

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home /var/lib/newspipe newspipe && mkdir -p /var/lib/newspipe /inbox \
 && chown -R newspipe /var/lib/newspipe /inbox
COPY --from=build /out /opt/newspipe
COPY kibana /opt/newspipe/kibana
USER newspipe
WORKDIR /opt/newspipe
ENV JAVA_OPTS="-Xmx512m" \
    ENRICHER_STATE_DIR=/var/lib/newspipe/enricher-state \
    INGEST_INBOX=/inbox
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -cp '/opt/newspipe/newspipe.jar:/opt/newspipe/lib/*' dev.newspipe.cli.Newspipe \"$@\"", "newspipe"]
CMD ["--help"]
