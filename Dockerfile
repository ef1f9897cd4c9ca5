# One image for every newspipe service; docker-compose picks the command (watch, enricher, indexer, setup).
# Only what the services need: the classpath of the dist module, i.e. the newspipe command without the embedded
# stack of `newspipe dev` (no Kafka broker, Elasticsearch node or Lucene). ServiceClasspathTest checks it.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -ntp -DskipTests package -pl dist -am \
 && mkdir -p /out/lib \
 && tr ':' '\n' < dist/target/service-classpath.txt | xargs -I{} cp {} /out/lib/

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home /var/lib/newspipe newspipe && mkdir -p /var/lib/newspipe/enricher-state /inbox \
 && chown -R newspipe /var/lib/newspipe /inbox
COPY --from=build /out /opt/newspipe
COPY kibana /opt/newspipe/kibana
COPY docker/healthcheck /opt/newspipe/bin/healthcheck
USER newspipe
WORKDIR /opt/newspipe
# heap from the container's memory limit, not the host's; die on OOM so that the orchestrator restarts the service
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError" \
    ENRICHER_STATE_DIR=/var/lib/newspipe/enricher-state \
    INGEST_INBOX=/inbox
# ingestor 9401, enricher 9402, indexer 9403 (ingest.ops.port, enricher.ops.port, indexer.ops.port)
EXPOSE 9401 9402 9403
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=6 CMD ["/opt/newspipe/bin/healthcheck"]
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -cp '/opt/newspipe/lib/*' dev.newspipe.cli.Newspipe \"$@\"", "newspipe"]
CMD ["--help"]
