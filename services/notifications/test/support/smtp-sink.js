// A real SMTP server in a process of its own, for integration tests: `node smtp-sink.js <folder>`.
// Listens on 127.0.0.1 at a free port (printed as JSON on the first stdout line), accepts every message
// and writes each to <folder>/<n>.eml with its envelope in <n>.json. Recipients at @reject.test are
// refused with 550 (a permanent failure). Stops on SIGTERM.
const { SMTPServer } = require('smtp-server');
const fs = require('node:fs');
const path = require('node:path');

const folder = process.argv[2];
if (!folder) throw new Error('usage: node smtp-sink.js <folder>');
let count = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onRcptTo(address, _session, callback) {
    if (address.address.endsWith('@reject.test')) {
      const error = new Error('5.1.1 mailbox unavailable');
      error.responseCode = 550;
      return callback(error);
    }
    return callback();
  },
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => {
      const name = String(++count).padStart(5, '0');
      const envelope = {
        from: session.envelope.mailFrom && session.envelope.mailFrom.address,
        to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
      };
      fs.writeFileSync(path.join(folder, `${name}.json`), JSON.stringify(envelope));
      // Written under a temporary name first, so a reader never sees half a message.
      fs.writeFileSync(path.join(folder, `${name}.tmp`), Buffer.concat(chunks));
      fs.renameSync(path.join(folder, `${name}.tmp`), path.join(folder, `${name}.eml`));
      callback(null, `queued as ${name}`);
    });
  },
});

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: server.server.address().port })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
