# Apache Kafka 4.x (KRaft, single combined broker + controller) from Maven Central artifacts.
KAFKA_HOME_DIR="$VETLINK_HOME/kafka"
KAFKA_LIB="$KAFKA_HOME_DIR/lib"
KAFKA_DATA="$DATA_DIR/kafka"
KAFKA_PORT="${VETLINK_KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${VETLINK_KAFKA_CONTROLLER_PORT:-9093}"

kafka_is_external() { [[ -n "${KAFKA_BROKERS:-}" ]]; }

kafka_version() { sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$REPO_ROOT/deploy/local/kafka/pom.xml"; }

kafka_install() {
  local version; version="$(kafka_version)"
  if [[ -f "$KAFKA_LIB/kafka_2.13-$version.jar" ]]; then return 0; fi
  command -v java >/dev/null || die "Java 17 is required for Kafka"
  command -v mvn >/dev/null || die "Maven is required to resolve Kafka from Maven Central"
  rm -rf "$KAFKA_LIB"
  run_step "kafka: resolving Apache Kafka $version and its runtime from Maven Central" "$LOG_DIR/install-kafka.log" \
    mvn -B -ntp -f "$REPO_ROOT/deploy/local/kafka/pom.xml" dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$KAFKA_LIB"
}

kafka_write_config() {
  mkdir -p "$KAFKA_HOME_DIR" "$KAFKA_DATA"
  sed -e "s#@KAFKA_DATA@#$KAFKA_DATA#" -e "s#@KAFKA_PORT@#$KAFKA_PORT#g" \
      -e "s#@KAFKA_CONTROLLER_PORT@#$KAFKA_CONTROLLER_PORT#g" \
      "$REPO_ROOT/deploy/local/kafka/server.properties" >"$KAFKA_HOME_DIR/server.properties"
}

KAFKA_JAVA=(java -Xms256m -Xmx768m -XX:+UseG1GC -Djava.awt.headless=true
  "-Dlog4j2.configurationFile=$REPO_ROOT/deploy/local/kafka/log4j2.properties" -cp "$KAFKA_LIB/*")

kafka_java() { "${KAFKA_JAVA[@]}" "$@"; }

kafka_format_storage() {
  [[ -f "$KAFKA_DATA/meta.properties" ]] && return 0
  local cluster_id; cluster_id="$(kafka_java kafka.tools.StorageTool random-uuid | tail -1)"
  say "kafka: formatting KRaft storage (cluster $cluster_id)"
  kafka_java kafka.tools.StorageTool format -t "$cluster_id" -c "$KAFKA_HOME_DIR/server.properties" \
    >>"$LOG_DIR/kafka.log" 2>&1 || die "kafka: formatting storage failed (see $LOG_DIR/kafka.log)"
}

kafka_up() {
  if kafka_is_external; then say "kafka: external ($KAFKA_BROKERS), not started"; return 0; fi
  if is_running kafka; then say "kafka: already running (pid $(cat "$(pid_file kafka)"))"; return 0; fi
  port_in_use "$KAFKA_PORT" && die "kafka: port $KAFKA_PORT is taken by a process we did not start"
  kafka_install
  kafka_write_config
  kafka_format_storage
  say "kafka: starting $(kafka_version) on 127.0.0.1:$KAFKA_PORT"
  start_daemon kafka "${KAFKA_JAVA[@]}" kafka.Kafka "$KAFKA_HOME_DIR/server.properties"
}

kafka_ready() {
  probe kafka "${KAFKA_BROKERS:-127.0.0.1:$KAFKA_PORT}"
}
