import type { Metadata } from 'next'
import { Link } from '@/components/ui/Link'
import { PageHeader } from '@/components/ui/PageHeader'
import { translator } from '@/lib/i18n/messages'
import { localePath } from '@/lib/i18n/paths'
import { pageLocale, type LangParams } from '@/lib/i18n/route'
import { pageMetadata } from '@/lib/seo'

type Props = { params: LangParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = translator(locale)
  return pageMetadata({ title: t('accessibilityPage.title'), description: t('accessibilityPage.description'), path: '/toegankelijkheid', locale })
}

export default async function AccessibilityPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = translator(locale)
  return (
    <div className="max-w-prose space-y-6">
      <PageHeader title={t('accessibilityPage.title')} intro={t('accessibilityPage.intro')} />
      <section aria-labelledby="norm">
        <h2 id="norm" className="text-2xl">
          {t('accessibilityPage.standard')}
        </h2>
        <p className="mt-2">{t('accessibilityPage.standardText')}</p>
      </section>
      <section aria-labelledby="testen">
        <h2 id="testen" className="text-2xl">
          {t('accessibilityPage.testing')}
        </h2>
        <ul className="mt-2 list-disc space-y-1 ps-6">
          <li>{t('accessibilityPage.testAutomatic')}</li>
          <li>{t('accessibilityPage.testKeyboard')}</li>
          <li>{t('accessibilityPage.testContrast')}</li>
        </ul>
      </section>
      <section aria-labelledby="melden">
        <h2 id="melden" className="text-2xl">
          {t('accessibilityPage.report')}
        </h2>
        <p className="mt-2">
          {t('accessibilityPage.reportBefore')} <Link href={localePath(locale, '/contact')}>{t('accessibilityPage.reportLink')}</Link>
          {t('accessibilityPage.reportAfter')}
        </p>
      </section>
    </div>
  )
}
