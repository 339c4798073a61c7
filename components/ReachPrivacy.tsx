import { REACH_PRIVACY as text } from '@/lib/stats/privacy-text'

/** The privacy page's section on counting without tracking (lib/stats). */
export function ReachPrivacy() {
  return (
    <section aria-labelledby="tellen">
      <h2 id="tellen" className="text-2xl">
        {text.title}
      </h2>
      <p className="mt-2">{text.intro}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {text.counted.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="mt-2">{text.how}</p>
      <p className="mt-2">{text.noConsent}</p>
      <p className="mt-2">{text.optOut}</p>
      <p className="mt-2">{text.retention}</p>
    </section>
  )
}
