import Link from 'next/link';

// A page without the cards, whose link reaches them through Next's router (no page load).
export default function Elsewhere() {
  return (
    <main>
      <h1>Elsewhere on the site</h1>
      <Link href="/">Our European networks</Link>
    </main>
  );
}
