import ical, { type VEvent } from 'node-ical'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Course } from '@/payload-types'
import { TestSmtpServer } from '../helpers/smtp'

// The SMTP settings must be in place before Payload builds its config: start on a free port, stop it
// again (the server is "down" when the sign-up happens), then load Payload.
const smtp = new TestSmtpServer()
await smtp.start(0)
await smtp.stop()
Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), STAFF_NOTIFY_EMAIL: 'team@test.doenenlaten.local' })
const { getPayloadClient } = await import('@/lib/payload')
const { registerForCourse } = await import('@/lib/registrations')
const { MAIL_QUEUE } = await import('@/lib/mail/outbox')

let course: Course
const person = { name: 'Mia Mail', email: 'mia.mail@example.nl', phone: undefined, motivation: undefined, heardFrom: undefined, consent: 'ja' as const }

/** Run the mail queue now, as if the backoff had passed (the job runner would wait for it). */
async function runMailQueueNow() {
  const payload = await getPayloadClient()
  await payload.update({ collection: 'payload-jobs', where: { queue: { equals: MAIL_QUEUE } }, data: { waitUntil: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
  await payload.jobs.run({ queue: MAIL_QUEUE })
}

async function messagesTo(address: string) {
  const payload = await getPayloadClient()
  return (await payload.find({ collection: 'outgoing-emails', where: { to: { equals: address } }, overrideAccess: true, depth: 0 })).docs
}

beforeAll(async () => {
  const payload = await getPayloadClient()
  const location = (await payload.find({ collection: 'locations', where: { kind: { equals: 'huiskamer' } }, limit: 1, depth: 0 })).docs[0]
  course = await payload.create({
    collection: 'courses',
    context: { skipRevalidation: true },
    depth: 1,
    data: {
      title: 'Mailcursus',
      slug: 'mailcursus',
      shortName: 'MAIL',
      summary: 'Een cursus voor de mailtest.',
      active: true,
      _status: 'published',
      editions: [{ label: 'Voorjaar 2099', startDate: '2099-03-02T00:00:00.000Z', endDate: '2099-06-01T00:00:00.000Z', status: 'open', capacity: 1, location: location.id }],
    },
  })
})

afterAll(() => smtp.stop())

describe('the outbox', () => {
  it('queues the mails with the sign-up and delivers each exactly once after the SMTP server comes back', async () => {
    const payload = await getPayloadClient()
    const outcome = await registerForCourse(payload, course, person, 'mail-key-1')
    expect(outcome).toEqual({ waitlisted: false, interest: false, duplicate: false })
    // A resubmit of the same form adds no second mail.
    await registerForCourse(payload, course, person, 'mail-key-1')
    let [confirmation] = await messagesTo(person.email)
    expect((await messagesTo(person.email)).length).toBe(1)
    expect(confirmation).toMatchObject({ kind: 'sign-up-confirmation', status: 'queued', subject: 'Je aanmelding voor Mailcursus' })
    expect((await messagesTo('team@test.doenenlaten.local')).map((mail) => mail.kind)).toEqual(['staff-sign-up'])

    // Down: nothing listens on the port.
    await payload.jobs.run({ queue: MAIL_QUEUE })
    ;[confirmation] = await messagesTo(person.email)
    expect(confirmation.status).toBe('queued')
    expect(confirmation.attempts).toBe(1)
    expect(confirmation.lastError).toMatch(/ECONNREFUSED/)
    // The backoff holds the job back: a run right away does not try again.
    await payload.jobs.run({ queue: MAIL_QUEUE })
    expect((await messagesTo(person.email))[0].attempts).toBe(1)

    // Up, but refusing for a while.
    smtp.mode = 'refuse'
    await smtp.start()
    await runMailQueueNow()
    ;[confirmation] = await messagesTo(person.email)
    expect(confirmation.attempts).toBe(2)
    expect(confirmation.lastError).toMatch(/421/)
    expect(smtp.received).toHaveLength(0)

    // Accepting again: every queued mail arrives, once.
    smtp.mode = 'accept'
    await runMailQueueNow()
    await runMailQueueNow()
    expect(smtp.to(person.email)).toHaveLength(1)
    expect(smtp.to('team@test.doenenlaten.local')).toHaveLength(1)
    ;[confirmation] = await messagesTo(person.email)
    expect(confirmation).toMatchObject({ status: 'sent', attempts: 3, lastError: null })
    expect(confirmation.sentAt).toBeTruthy()
  })

  it('is readable by admins only', async () => {
    const { rest, loginAsAdmin } = await import('../helpers/rest')
    const { coordinatorFixture } = await import('../helpers/fixtures')
    expect((await rest('GET', '/outgoing-emails')).status).toBe(403)
    const coordinator = await coordinatorFixture('coordinator-mail@test.doenenlaten.local')
    expect((await rest('GET', '/outgoing-emails', { token: coordinator.token })).status).toBe(403)
    const admin = await loginAsAdmin()
    const list = await rest('GET', '/outgoing-emails', { token: admin })
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBeGreaterThanOrEqual(2)
    expect((await rest('POST', '/outgoing-emails', { token: admin, body: { kind: 'staff-sign-up', to: 'x@example.nl', subject: 'x', text: 'x', html: 'x' } })).status).toBe(403)
  })
})

describe('the confirmation', () => {
  it('says what the person signed up for, what happens next, has a text part, no remote content and the dates as .ics', () => {
    const [mail] = smtp.to(person.email)
    expect(mail.subject).toBe('Je aanmelding voor Mailcursus')
    expect(mail.text).toContain('Hallo Mia Mail,')
    expect(mail.text).toContain('Je hebt je aangemeld voor Mailcursus, Voorjaar 2099.')
    expect(mail.text).toContain('Er is een plek voor je.')
    expect(mail.text).toContain('We bellen je om kennis te maken.')
    expect(mail.text).toContain('De cursus loopt van 2 maart 2099 tot en met 1 juni 2099.')
    expect(mail.text).toMatch(/http:\/\/localhost:3000\/aanmelding\/\d+\.\d+\.[\w-]+/)
    expect(mail.html).toMatch(/<html [^>]*lang="nl"/)
    // Nothing is loaded from anywhere: no images, stylesheets or tracking pixels.
    expect(String(mail.html)).not.toMatch(/<img|<link|src=|url\(/i)

    const [attachment] = mail.attachments
    expect(attachment.filename).toBe('mailcursus.ics')
    expect(attachment.contentType).toBe('text/calendar')
    const events = Object.values(ical.sync.parseICS(attachment.content.toString('utf8'))).filter((entry) => entry?.type === 'VEVENT')
    expect(events).toHaveLength(1)
    const [event] = events as VEvent[]
    expect(event.summary).toBe('Mailcursus: Voorjaar 2099')
    expect(event.datetype).toBe('date')
    expect(event.start.toISOString().slice(0, 10)).toBe('2099-03-02')
    expect(event.end?.toISOString().slice(0, 10)).toBe('2099-06-02')
    expect(event.location).toMatch(/, /)
  })

  it('tells the next person they are on the waiting list, and without an edition that their interest is noted', async () => {
    const payload = await getPayloadClient()
    await registerForCourse(payload, course, { ...person, name: 'Wim Wacht', email: 'wim@example.nl' }, 'mail-key-2')
    await registerForCourse(payload, { ...course, editions: [] }, { ...person, name: 'Ina Interesse', email: 'ina@example.nl' }, 'mail-key-3')
    await runMailQueueNow()
    expect(smtp.to('wim@example.nl')[0].text).toContain('Je staat op de wachtlijst.')
    const [interest] = smtp.to('ina@example.nl')
    expect(interest.text).toContain('We hebben genoteerd dat je interesse hebt')
    expect(interest.attachments).toHaveLength(0)
  })
})

describe('the personal link', () => {
  it('cancels once: the data is deleted, the seat goes to the first on the waiting list, who is mailed, and staff are told', async () => {
    const payload = await getPayloadClient()
    const { cancelRegistration } = await import('@/lib/registration-cancel')
    const { verifyRegistrationToken } = await import('@/lib/registration-link')
    const link = smtp.to(person.email)[0].text!.match(/\/aanmelding\/(\S+)/)![1]
    const own = verifyRegistrationToken(process.env.PAYLOAD_SECRET!, link)
    expect(own).not.toBeNull()
    const wim = (await payload.find({ collection: 'registrations', where: { email: { equals: 'wim@example.nl' } }, overrideAccess: true })).docs[0]
    expect(wim.status).toBe('waitlisted')

    expect(await cancelRegistration(payload, own!.registrationId)).toEqual({ cancelled: true, offeredTo: wim.id })
    expect(await payload.count({ collection: 'registrations', where: { email: { equals: person.email } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
    // Her mails held her name and address: they go too.
    expect(await messagesTo(person.email)).toHaveLength(0)
    const moved = await payload.findByID({ collection: 'registrations', id: wim.id, overrideAccess: true })
    expect(moved.status).toBe('new')
    expect(moved.staffNotes).toMatch(/van de wachtlijst gehaald/)

    await runMailQueueNow()
    const [offer] = smtp.to('wim@example.nl').filter((mail) => mail.subject === 'Er is een plek vrij in Mailcursus')
    expect(offer.text).toContain('er is een plek vrijgekomen in Mailcursus, Voorjaar 2099')
    const wimLink = offer.text!.match(/\/aanmelding\/(\S+)/)![1]
    expect(verifyRegistrationToken(process.env.PAYLOAD_SECRET!, wimLink)?.registrationId).toBe(wim.id)
    const staff = smtp.to('team@test.doenenlaten.local').find((mail) => mail.subject?.startsWith('Afmelding MAIL'))
    expect(staff?.text).toContain('De plek is aangeboden aan Wim Wacht')

    // The same link a second time: nothing left to cancel, nobody else moved.
    expect(await cancelRegistration(payload, own!.registrationId)).toEqual({ cancelled: false })
  })

  it('shows only the registration it names, and only to somebody with the link', async () => {
    const { getRegistrationByLink } = await import('@/lib/queries/registration')
    const { issueRegistrationToken } = await import('@/lib/registration-link')
    const payload = await getPayloadClient()
    const wim = (await payload.find({ collection: 'registrations', where: { email: { equals: 'wim@example.nl' } }, overrideAccess: true })).docs[0]
    const token = issueRegistrationToken(process.env.PAYLOAD_SECRET!, { registrationId: wim.id, expiresAt: Date.now() + 60_000 })
    expect(await getRegistrationByLink(token)).toMatchObject({ name: 'Wim Wacht', email: 'wim@example.nl', courseTitle: 'Mailcursus', status: 'new' })
    const [, expires, signature] = token.split('.')
    expect(await getRegistrationByLink(`${wim.id + 1}.${expires}.${signature}`)).toBeNull()
    const expired = issueRegistrationToken(process.env.PAYLOAD_SECRET!, { registrationId: wim.id, expiresAt: Date.now() - 1 })
    expect(await getRegistrationByLink(expired)).toBeNull()
    expect(await getRegistrationByLink(issueRegistrationToken('another-secret-that-is-long-enough-0000', { registrationId: wim.id, expiresAt: Date.now() + 60_000 }))).toBeNull()
  })
})

describe('reminders', () => {
  it('mail coordinators of huiskamers with stale hours; the link records the check once; opted-out coordinators get nothing', async () => {
    const payload = await getPayloadClient()
    const { coordinatorFixture } = await import('../helpers/fixtures')
    const { confirmHoursByLink, locationForHoursLink } = await import('@/lib/hours-check')
    const reminded = await coordinatorFixture('coordinator-hours@test.doenenlaten.local')
    const optedOut = await coordinatorFixture('coordinator-mail@test.doenenlaten.local')
    await payload.update({ collection: 'users', id: optedOut.user.id, data: { hoursReminder: false }, overrideAccess: true })
    const old = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000).toISOString()
    await payload.update({ collection: 'locations', id: reminded.own.id, data: { hoursCheckedAt: old }, overrideAccess: true, context: { skipRevalidation: true } })

    await payload.jobs.queue({ task: 'remindStaleHours', input: {}, queue: 'nightly' })
    await payload.jobs.run({ queue: 'nightly' })
    await runMailQueueNow()
    expect(smtp.to(optedOut.user.email)).toHaveLength(0)
    const [mail] = smtp.to(reminded.user.email)
    expect(mail.subject).toBe('Kloppen de openingstijden nog?')
    expect(mail.text).toContain(reminded.own.name)
    expect(mail.text).toContain('De tijden kloppen nog')
    expect(mail.text).toContain(`/admin/collections/locations/${reminded.own.id}`)
    expect(mail.text).toContain('/admin/account')
    const token = mail.text!.match(/\/tijden-kloppen\/(\S+?)\]?\s/)![1].replace(/\]$/, '')

    expect((await locationForHoursLink(token))?.id).toBe(reminded.own.id)
    const confirmed = await confirmHoursByLink(payload, token)
    expect(confirmed?.hoursCheckedAt?.slice(0, 10)).toBe(new Date().toISOString().slice(0, 10))
    const stored = await payload.findByID({ collection: 'locations', id: reminded.own.id, overrideAccess: true })
    expect(stored.hoursCheckedAt).toBe(confirmed?.hoursCheckedAt)
    // Single use: the hours were checked after the link was issued.
    expect(await confirmHoursByLink(payload, token)).toBeNull()

    // Checked today: the next weekly run mails nobody about it.
    const before = smtp.to(reminded.user.email).length
    await payload.jobs.queue({ task: 'remindStaleHours', input: {}, queue: 'nightly' })
    await payload.jobs.run({ queue: 'nightly' })
    await runMailQueueNow()
    expect(smtp.to(reminded.user.email)).toHaveLength(before)
  })

  it('remind accepted volunteers two days before the first meeting, once, with the place and time', async () => {
    const payload = await getPayloadClient()
    const { addDays, amsterdamWallClock } = await import('@/lib/opening-hours')
    const location = (await payload.find({ collection: 'locations', where: { kind: { equals: 'huiskamer' } }, limit: 1, depth: 0 })).docs[0]
    const day = addDays(amsterdamWallClock(new Date()).date, 2)
    const soon = await payload.create({
      collection: 'courses',
      context: { skipRevalidation: true },
      data: {
        title: 'Bijna-cursus', slug: 'bijna-cursus', shortName: 'BIJNA', summary: 'Begint overmorgen.', active: true, _status: 'published',
        // 19:30 in Amsterdam (winter time, UTC+1).
        editions: [{ label: 'Nu', startDate: `${day}T18:30:00.000Z`, status: 'open', location: location.id }],
      },
    })
    // Its own course, removed afterwards: an extra active course would change other tests' search ranking.
    try {
      const editionId = soon.editions![0].id!
      for (const [name, status] of [['Anna Aangenomen', 'enrolled'], ['Nina Nieuw', 'new']] as const) {
        await payload.create({ collection: 'registrations', overrideAccess: true, data: { course: soon.id, editionId, editionLabel: 'Nu', name, email: `${name.split(' ')[0].toLowerCase()}@example.nl`, consent: true, status, idempotencyKey: `soon-${name}` } })
      }
      for (let run = 0; run < 2; run++) {
        await payload.jobs.queue({ task: 'remindCourseStart', input: {}, queue: 'nightly' })
        await payload.jobs.run({ queue: 'nightly' })
      }
      await runMailQueueNow()
      expect(smtp.to('nina@example.nl')).toHaveLength(0)
      const mails = smtp.to('anna@example.nl')
      expect(mails).toHaveLength(1)
      expect(mails[0].subject).toBe('Overmorgen begint Bijna-cursus')
      expect(mails[0].text).toContain(`Waar: ${location.name}`)
      expect(mails[0].text).toMatch(/Hoe laat: (19|20):30\./)
    } finally {
      await payload.delete({ collection: 'registrations', where: { course: { equals: soon.id } }, overrideAccess: true })
      await payload.delete({ collection: 'courses', id: soon.id, context: { skipRevalidation: true } })
    }
  })
})

describe('settings and retention', () => {
  it('a coordinator switches the hours reminder off in their own account', async () => {
    const { rest } = await import('../helpers/rest')
    const { coordinatorFixture } = await import('../helpers/fixtures')
    const coordinator = await coordinatorFixture('coordinator-optout@test.doenenlaten.local')
    const updated = await rest('PATCH', `/users/${coordinator.user.id}`, { token: coordinator.token, body: { hoursReminder: false } })
    expect(updated.status).toBe(200)
    expect(updated.body.doc.hoursReminder).toBe(false)
  })

  it('the nightly retention job deletes outbox mails older than the retention period', async () => {
    const payload = await getPayloadClient()
    const old = new Date(Date.now() - 400 * 24 * 60 * 60 * 1000).toISOString()
    const { queueMail } = await import('@/lib/mail/outbox')
    const { createLocalReq } = await import('payload')
    const id = await queueMail(await createLocalReq({}, payload), { kind: 'staff-sign-up', to: 'oud@example.nl', subject: 'Oud', html: '<p>Oud</p>', text: 'Oud' })
    await payload.db.updateOne({ collection: 'outgoing-emails', id, data: { createdAt: old } })
    await payload.jobs.queue({ task: 'deleteExpiredRegistrations', input: {}, queue: 'nightly' })
    await payload.jobs.run({ queue: 'nightly' })
    expect(await messagesTo('oud@example.nl')).toHaveLength(0)
    expect((await messagesTo('wim@example.nl')).length).toBeGreaterThan(0)
  })
})
