import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type SmtpMode = 'accept' | 'refuse'

/**
 * A real SMTP server on a loopback port for the tests: it can be stopped (connections refused),
 * refuse every message with a temporary 421, or accept and keep what it received.
 */
export class TestSmtpServer {
  readonly received: ParsedMail[] = []
  mode: SmtpMode = 'accept'
  private server: SMTPServer | undefined
  port = 0

  async start(port = this.port): Promise<number> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onConnect: (_session, callback) => {
        if (this.mode === 'accept') return callback()
        const error = Object.assign(new Error('Service not available, try again later'), { responseCode: 421 })
        callback(error)
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.received.push(mail)
            callback()
          })
          .catch(callback)
      },
    })
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject)
      this.server!.listen(port, '127.0.0.1', () => resolve())
    })
    this.port = (this.server.server.address() as AddressInfo).port
    return this.port
  }

  async stop(): Promise<void> {
    const server = this.server
    this.server = undefined
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  to(address: string): ParsedMail[] {
    return this.received.filter((mail) => [mail.to].flat().some((to) => to?.value.some((entry) => entry.address === address)))
  }
}
