declare module 'petrovich' {
  type Case = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
  type Gender = 'male' | 'female' | 'androgynous';
  interface Person {
    first?: string;
    middle?: string;
    last?: string;
    gender?: Gender;
  }
  function petrovich<P extends Person>(person: P, gcase: Case): P & { gender: Gender };
  namespace petrovich {
    function detect_gender(middle: string): Gender;
  }
  export = petrovich;
}
