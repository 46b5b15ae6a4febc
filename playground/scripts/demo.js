// `npm run demo`: a loopback SMTP receiver that keeps every mail the plugin sends as a text file under
// .tmp/mail/ (printed at startup), then the seeded playground. Local demo only: it accepts any mail.
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');

const MAIL_DIR = path.resolve(__dirname, '..', '.tmp', 'mail');
const PORT = Number(process.env.SMTP_PORT ?? 1025);

const slug = (text) =>
  String(text ?? 'mail')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

const receiver = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => {
        fs.mkdirSync(MAIL_DIR, { recursive: true });
        const file = path.join(
          MAIL_DIR,
          `${new Date().toISOString().replace(/[:.]/g, '-')}-${slug(mail.subject)}.txt`,
        );
        fs.writeFileSync(
          file,
          `From: ${mail.from?.text ?? ''}\nTo: ${mail.to?.text ?? ''}\nSubject: ${mail.subject ?? ''}\nDate: ${mail.date?.toISOString() ?? ''}\n\n${mail.text ?? ''}`,
        );
        console.log(`[demo mail] ${mail.subject} → ${file}`);
        callback();
      })
      .catch(callback);
  },
});

receiver.listen(PORT, '127.0.0.1', () => {
  console.log(
    `[demo mail] SMTP receiver on 127.0.0.1:${PORT}; every mail the plugin sends is saved under ${MAIL_DIR}`,
  );
  if (process.argv.includes('--mail-only')) return;
  const strapi = spawn('npx', ['strapi', 'start'], {
    cwd: path.resolve(__dirname, '..'),
    stdio: 'inherit',
    env: {
      ...process.env,
      SEED_DEMO: 'true',
      // The demo reads pictures (the plugin's default; the tests' playground does not unless asked).
      SOCIAL_COMPLIANCE_OCR: process.env.SOCIAL_COMPLIANCE_OCR ?? 'true',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(PORT),
    },
  });
  const stop = () => strapi.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  strapi.on('exit', (code) => receiver.close(() => process.exit(code ?? 0)));
});
