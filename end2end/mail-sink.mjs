// The browser suite's mail sink: a local SMTP server (nodemailer's
// smtp-server) that writes every message it receives to a folder, one file
// each, so a test can follow the link the recipient would. Test-only: the
// portal under test sends to it with SMTP_TLS=none.
//
//   node mail-sink.mjs <folder> <port>
import { SMTPServer } from 'smtp-server';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, port] = process.argv.slice(2);
mkdirSync(dir, { recursive: true });
let count = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      const to = session.envelope.rcptTo.map((r) => r.address).join(',');
      count += 1;
      const name = `${Date.now()}-${count}.eml`;
      writeFileSync(join(dir, name), `X-Sink-To: ${to}\r\n${Buffer.concat(chunks).toString('utf8')}`);
      callback();
    });
  },
});
server.listen(Number(port), '127.0.0.1', () => console.log(`mail sink on 127.0.0.1:${port}, writing to ${dir}`));
